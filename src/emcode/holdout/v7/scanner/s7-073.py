from fastapi import FastAPI, UploadFile, File
from pickle import loads as unpack

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile = File(...)):
    payload = await file.read()
    model = unpack(payload)
    MODELS[name] = model
    return {"stored": name, "type": type(model).__name__}


@app.get("/models")
def list_models():
    return sorted(MODELS)
