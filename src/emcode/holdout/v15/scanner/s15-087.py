import re

from fastapi import FastAPI

app = FastAPI()
LOG = "/var/log/app/app.log"


@app.get("/logs/grep")
def grep(term: str, limit: int = 100):
    rx = re.compile(re.escape(term[:100]))
    hits = []
    with open(LOG, errors="replace") as fh:
        for line in fh:
            if rx.search(line):
                hits.append(line.rstrip())
                if len(hits) >= min(limit, 1000):
                    break
    return {"hits": hits}
