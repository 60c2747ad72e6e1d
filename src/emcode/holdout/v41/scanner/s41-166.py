from pathlib import Path

import joblib
from fastapi import FastAPI
from pydantic import BaseModel

MODEL_PATH = Path(__file__).with_name("yield_model.joblib")
model = joblib.load(MODEL_PATH)

app = FastAPI()


class Features(BaseModel):
    irradiance: float
    temperature: float
    tilt: float


@app.post("/forecast")
def forecast(f: Features):
    kwh = float(model.predict([[f.irradiance, f.temperature, f.tilt]])[0])
    return {"kwh": round(kwh, 3)}
