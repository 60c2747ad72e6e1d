import re

from fastapi import FastAPI, Query

app = FastAPI()
NOTES = ["Vaccinated against rabies", "Dental cleaning due", "Allergic to penicillin"]


@app.get("/notes")
def notes(q: str = Query("", max_length=40)):
    if not q:
        return NOTES
    rx = re.compile(re.escape(q), re.I)
    return [rx.sub(lambda m: f"**{m.group(0)}**", n) for n in NOTES if rx.search(n)]
