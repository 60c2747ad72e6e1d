import re
from fastapi import FastAPI, HTTPException

app = FastAPI()
DOCS = {1: "error: disk full on /var", 2: "warning: cpu at 95%", 3: "info: backup complete"}


@app.get("/logs/grep")
def grep(pattern: str):
    try:
        rx = re.compile(pattern)
    except re.error:
        raise HTTPException(400, "bad pattern")
    return {"matches": [i for i, text in DOCS.items() if rx.search(text)]}
