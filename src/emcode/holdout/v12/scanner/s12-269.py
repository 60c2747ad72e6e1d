import re
from fastapi import FastAPI

app = FastAPI()
DOCS = {1: "error: disk full on /var", 2: "warning: cpu at 95%", 3: "info: backup complete"}


@app.get("/logs/grep")
def grep(term: str, ignore_case: bool = True):
    rx = re.compile(re.escape(term[:100]), re.IGNORECASE if ignore_case else 0)
    return {"matches": [i for i, text in DOCS.items() if rx.search(text)]}
