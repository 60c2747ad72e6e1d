import re
from fastapi import FastAPI, HTTPException

app = FastAPI()
PATTERNS = {"errors": re.compile(r"\bERROR\b"), "timeouts": re.compile(r"timed out after \d+ms")}

@app.get("/logs/grep")
def grep(kind: str):
    rx = PATTERNS.get(kind)
    if rx is None:
        raise HTTPException(400, "unknown pattern")
    with open("/var/log/app/app.log", errors="replace") as fh:
        return {"lines": [ln.rstrip() for ln in fh if rx.search(ln)][-100:]}
