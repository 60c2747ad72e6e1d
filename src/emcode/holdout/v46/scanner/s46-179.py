from pathlib import Path

import joblib
from fastapi import FastAPI

app = FastAPI()
MODEL_PATH = Path(__file__).with_name("melt_model.joblib")
clf = joblib.load(MODEL_PATH)


@app.post("/melt-model/predict")
async def predict(temp_c: float, depth_m: float):
    return {"melt_rate": float(clf.predict([[temp_c, depth_m]])[0])}
