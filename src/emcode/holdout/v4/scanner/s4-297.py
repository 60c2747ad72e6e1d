import re
from fastapi import FastAPI
from .notes import all_notes

app = FastAPI()


@app.get("/notes/grep")
def grep(pattern: str):
    rx = re.compile(pattern)
    return [n.id for n in all_notes() if rx.search(n.body)]
