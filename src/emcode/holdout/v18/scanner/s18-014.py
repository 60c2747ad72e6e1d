import pickle as pk

from fastapi import FastAPI, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile):
    model = pk.load(file.file)
    MODELS[name] = model
    return {"name": name, "type": type(model).__name__}
