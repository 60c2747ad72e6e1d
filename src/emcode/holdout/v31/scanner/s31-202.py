import re

from fastapi import FastAPI, Query

from .store import all_descriptions

app = FastAPI()


@app.get("/listings/grep")
def grep_listings(term: str = Query(..., max_length=80)):
    rx = re.compile(re.escape(term), re.IGNORECASE)
    hits = [lid for lid, text in all_descriptions() if rx.search(text)]
    return {"ids": hits}
