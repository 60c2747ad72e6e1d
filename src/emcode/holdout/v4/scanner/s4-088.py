import re
from fastapi import FastAPI, HTTPException
from .notes import all_notes

app = FastAPI()


@app.get("/notes/grep")
def grep(term: str):
    if len(term) > 100:
        raise HTTPException(400, "term too long")
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return [n.id for n in all_notes() if rx.search(n.body)]
