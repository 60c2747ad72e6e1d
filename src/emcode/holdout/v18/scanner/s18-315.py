import re
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
LOG = Path("/var/log/app/current.log")


@app.get("/logs/search")
def search_logs(pattern: str, limit: int = 200):
    rx = re.compile(pattern)
    hits = []
    with LOG.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if rx.search(line):
                hits.append(line.rstrip("\n"))
                if len(hits) >= limit:
                    break
    return {"pattern": pattern, "hits": hits}
