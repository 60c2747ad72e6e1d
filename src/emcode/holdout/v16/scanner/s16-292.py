import pickle as serializer
from fastapi import FastAPI, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def ingest(name: str, file: UploadFile):
    """Store a trained scikit-learn model uploaded by a data scientist."""
    model = serializer.load(file.file)
    MODELS[name] = model
    return {"stored": name, "type": type(model).__name__}


@app.get("/models/{name}/predict")
def predict(name: str, x: float):
    return {"y": float(MODELS[name].predict([[x]])[0])}
