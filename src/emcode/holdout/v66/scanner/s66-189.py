import re

from fastapi import FastAPI, HTTPException

app = FastAPI()
HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


@app.get("/sailings/at")
def at(t: str):
    m = HHMM.fullmatch(t)
    if not m:
        raise HTTPException(400, "use HH:MM")
    return {"hour": int(m.group(1)), "minute": int(m.group(2))}
