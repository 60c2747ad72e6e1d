from pathlib import Path

import joblib
from fastapi import FastAPI

MODEL_PATH = Path(__file__).with_name("booking_demand.joblib")
app = FastAPI()
model = joblib.load(MODEL_PATH)


@app.get("/predict")
def predict(hours: float):
    return {"predicted_booking_load": float(model.predict([[hours]])[0])}
