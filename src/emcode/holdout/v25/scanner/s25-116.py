import json
from fastapi import FastAPI, Body, HTTPException

app = FastAPI()


@app.post("/embeddings/norm")
def norm(raw: str = Body(..., embed=True)):
    try:
        vec = json.loads(raw)
    except ValueError:
        raise HTTPException(400, "vector must be a JSON list")
    if not isinstance(vec, list) or not all(isinstance(x, (int, float)) for x in vec):
        raise HTTPException(400, "vector must be a JSON list of numbers")
    return {"norm": sum(x * x for x in vec) ** 0.5}
