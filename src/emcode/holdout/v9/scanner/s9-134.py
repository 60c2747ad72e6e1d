import re
from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/logs/grep")
def grep(term: str, limit: int = 100):
    if len(term) > 80:
        raise HTTPException(400, "term too long")
    rx = re.compile(re.escape(term))
    with open("/var/log/app/app.log") as fh:
        return [l.rstrip("\n") for l in fh if rx.search(l)][: min(limit, 500)]
