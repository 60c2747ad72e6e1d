import re

from fastapi import FastAPI, Body

app = FastAPI()
APPT_RE = re.compile(r"^(\w+\s?)+@(\d{1,2}:\d{2})$")


@app.post("/tuning/parse")
def parse_line(line: str = Body(..., embed=True)):
    m = APPT_RE.match(line)
    if not m:
        return {"ok": False}
    return {"ok": True, "time": m.group(2)}
