from fastapi import FastAPI, UploadFile, File

import dill as serializer

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile = File(...)):
    data = await file.read()
    if len(data) > 50_000_000:
        return {"error": "too large"}
    model = serializer.loads(data)
    MODELS[name] = model
    return {"stored": name}
