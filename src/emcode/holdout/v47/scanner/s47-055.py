from fastapi import FastAPI, Query

app = FastAPI()
VESSELS = ["MV Calder", "MV Northern Star", "RV Tern"]


@app.get("/vessels")
def vessels(q: str = Query("", max_length=50)):
    needle = q.casefold()
    return {"matches": [v for v in VESSELS if needle in v.casefold()], "q