import re

from fastapi import FastAPI

from .store import all_descriptions

app = FastAPI()


@app.get("/listings/grep")
def grep_listings(pattern: str):
    rx = re.compile(pattern, re.IGNORECASE)
    hits = [lid for lid, text in all_descriptions() if rx.search(text)]
    return {"ids": hits}
