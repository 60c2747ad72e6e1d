from pathlib import Path

import joblib
from fastapi import FastAPI

app = FastAPI()
MODEL = joblib.load(Path(__file__).parent / "models" / "demand_v3.joblib")


@app.get("/forecast")
def forecast(week: int, households: int):
    pred = MODEL.predict([[week, households]])[0]
    return {"parcels_needed": round(float(pred))}
