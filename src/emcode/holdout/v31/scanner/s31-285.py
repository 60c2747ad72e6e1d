from fastapi import FastAPI, Query

app = FastAPI()

VENUES = {"o2": "The O2", "roundhouse": "Roundhouse"}


@app.get("/venues/search")
def search_venues(q: str = Query("", max_length=64)):
    matches = [{"key": k, "name": v} for k, v in VENUES.items() if q.lower() in v.lower()]
    return {"query": q, "results": matches}
