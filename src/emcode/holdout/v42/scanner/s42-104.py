from fastapi import FastAPI, Body

app = FastAPI()


@app.post("/tournaments/{tid}/scoring")
def custom_scoring(tid: int, code: str = Body(..., embed=True), results: list = Body(...)):
    scope = {}
    exec(code, scope)
    score_fn = scope["score"]
    return {"tournament": tid, "scores": [score_fn(r) for r in results]}
