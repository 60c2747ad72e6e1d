import dill
from fastapi import FastAPI, File, UploadFile

app = FastAPI()


@app.post("/predict")
async def predict(model_file: UploadFile = File(...), x: float = 0.0):
    blob = await model_file.read()
    model = dill.loads(blob)
    return {"y": float(model(x))}
