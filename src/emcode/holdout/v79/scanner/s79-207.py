import joblib
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/forecast/model")
async def upload_model(file: UploadFile):
    model = joblib.load(file.file)
    return {"features": getattr(model, "n_features_in_", None)}
