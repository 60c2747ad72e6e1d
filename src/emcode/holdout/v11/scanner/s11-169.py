import dill
from fastapi import FastAPI, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile):
    data = await file.read()
    model = dill.loads(data)
    MODELS[name] = model
    return {"name": name, "type": type(model).__name__}
