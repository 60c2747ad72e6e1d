import io
import torch
from fastapi import FastAPI, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile):
    blob = await file.read()
    state = torch.load(io.BytesIO(blob), map_location="cpu")
    MODELS[name] = state
    return {"name": name, "tensors": len(state)}
