from fastapi import FastAPI, Body, HTTPException

app = FastAPI()


def _standard(r):
    return r["wins"] * 3 + r["draws"]


def _kills_weighted(r):
    return r["wins"] * 3 + r["kills"] // 10


SCHEMES = {"standard": _standard, "kills": _kills_weighted}


@app.post("/tournaments/{tid}/scoring")
def custom_scoring(tid: int, scheme: str = Body(..., embed=True), results: list = Body(...)):
    fn = SCHEMES.get(scheme)
    if fn is None:
        raise HTTPException(400, "unknown scheme")
    return {"tournament": tid, "scores": [fn(r) for r in results]}
