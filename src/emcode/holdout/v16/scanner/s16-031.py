import io
import json
import numpy as np
from fastapi import FastAPI, UploadFile, HTTPException

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def ingest(name: str, file: UploadFile):
    payload = await file.read()
    try:
        weights = np.load(io.BytesIO(payload), allow_pickle=False)
    except ValueError:
        raise HTTPException(400, "weights must be a plain .npy array")
    MODELS[name] = weights
    return {"stored": name, "shape": list(weights.shape)}


@app.get("/models/{name}/meta")
def meta(name: str):
    return json.loads(json.dumps({"name": name, "dims": int(MODELS[name].ndim)}))
