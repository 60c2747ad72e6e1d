import json
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
MODELS = {}

@app.post("/models/{name}")
async def upload(name: str, file: UploadFile):
    try:
        weights = json.loads(await file.read())
    except ValueError:
        raise HTTPException(400, "expected JSON")
    if not isinstance(weights, dict):
        raise HTTPException(400, "expected object")
    MODELS[name] = weights
    return {"stored": name}
