import re

from fastapi import FastAPI

app = FastAPI()
TITLES = ["Dune", "Middlemarch", "Beloved", "Persuasion"]


@app.get("/titles")
def titles(q: str = ""):
    rx = re.compile(re.escape(q[:50]), re.I)
    return [t for t in TITLES if rx.sea