import pickle as pk
from fastapi import FastAPI, UploadFile

app = FastAPI()
MODELS = {}

@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile):
    MODELS[name] = pk.load(file.file)
    return {"stored": name}

@app.get("/models")
def list_models():
    return sorted(MODELS)
