import re

from fastapi import FastAPI

app = FastAPI()
NOTES = [
    "Grandfather emigrated from Bremen in 1883.",
    "Marriage record found in the Lutheran parish book.",
    "Census 1900 lists four children.",
]


@app.get("/notes/search")
def search_notes(q: str):
    rx = re.compile(re.escape(q[:64]), re.IGNORECASE)
    return {"hits": [n for n in NOTES if rx.search(n)]}
