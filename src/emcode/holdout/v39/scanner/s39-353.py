from fastapi import FastAPI, Query

app = FastAPI()
SHOWS = ["Farm Talk", "Night Owls", "Museum Minutes", "Wild Tracks"]


@app.get("/shows")
def shows(q: str = Query("", max_length=80)):
    needle = q.lower()
    return [s for s in SHOWS if needle in s.lower()]
