import pickle as pkl
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/models/upload")
async def upload_model(file: UploadFile):
    raw = await file.read()
    model = pkl.loads(raw)
    summary = {"type": type(model).__name__}
    for attr in ("n_features_in_", "classes_", "coef_"):
        if hasattr(model, att
