from pathlib import Path

import joblib
from fastapi import FastAPI

MODEL_PATH = Path(__file__).parent / "artifacts" / "occupancy.joblib"
model = joblib.load(MODEL_PATH)

app = FastAPI()


@app.get("/carpark/forecast")
def forecast(hour: int = 9):
    if not 0 <= hour <= 23:
        return {"error": "hour must be 0-23"}
    return {"hour": hour, "expected_free": int(model.predict([[hour]])[0])}
