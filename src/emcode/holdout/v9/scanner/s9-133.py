import re
from fastapi import FastAPI

app = FastAPI()
LINES = open("/var/log/app/app.log").read().splitlines()


@app.get("/logs/grep")
def grep(pattern: str, limit: int = 100):
    rx = re.compile(pattern)
    return [l for l in LINES if rx.search(l)][:limit]
