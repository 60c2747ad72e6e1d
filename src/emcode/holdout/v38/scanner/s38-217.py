from collections import deque

from fastapi import FastAPI

app = FastAPI()
LOG = "/var/log/brewhouse/fermenter.log"


@app.get("/logs/grep")
def grep_logs(term: str):
    needle = term.lower()
    hits = deque(maxlen=50)
    with open(LOG, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if needle in line.lower():
                hits.append(line.rstrip("\n"))
    return {"lines": list(hits)}
