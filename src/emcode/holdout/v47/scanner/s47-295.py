import re

from fastapi import FastAPI, Query

app = FastAPI()

NOTES = [
    "2024-03-02 LB-3 davit brake adjusted",
    "2024-03-09 LB-1 hydrostatic release replaced",
    "2024-04-12 RB-2 engine start test OK",
]


@app.get("/notes")
def notes(q: str = Query("", max_length=60)):
    rx = re.compile(re.escape(q), re.IGNORECASE)
    return [n for n in NOTES if rx.search(n)]
