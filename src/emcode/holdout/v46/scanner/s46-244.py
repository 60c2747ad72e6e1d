import os
import tempfile

import joblib
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/melt-model/predict")
async def predict(model: UploadFile, temp_c: float, depth_m: float):
    data = await model.read()
    fd, path = tempfile.mkstemp(suffix=".joblib")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        clf = joblib.load(path)
    finally:
        os.remove(path)
    return {"melt_rate": float(clf.predict([[temp_c, depth_m]])[0])}
