from fastapi import FastAPI, UploadFile, File, HTTPException
from safetensors.numpy import load as load_tensors

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile = File(...)):
    if not name.isidentifier():
        raise HTTPException(400, "bad name")
    data = await file.read()
    if len(data) > 50_000_000:
        raise HTTPException(413, "too large")
    MODELS[name] = load_tensors(data)
    return {"stored": name, "tensors": len(MODELS[name])}
