from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/hives/search")
def search_hives(q: str = Query("", max_length=80), limit: int = Query(10, ge=1, le=100)):
    return {"query": q, "limit": limit, "results": []}
