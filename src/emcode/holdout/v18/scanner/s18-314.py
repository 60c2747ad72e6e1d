import re
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()
LOG = Path("/var/log/app/current.log")


@app.get("/logs/search")
def search_logs(term: str = Query(..., max_length=100), limit: int = 200):
    if not term.strip():
        raise HTTPException(400, "empty term")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = []
    with LOG.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if rx.search(line):
                hits.append(line.rstrip("\n"))
                if len(hits) >= min(limit, 1000):
                    break
    return {"term": term, "hits": hits}
