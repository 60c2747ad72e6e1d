from pathlib import Path

import joblib
from fastapi import FastAPI
from pydantic import BaseModel

MODEL_PATH = Path(__file__).parent / "models" / "noshow_v3.joblib"
model = joblib.load(MODEL_PATH)
app = FastAPI()


class Booking(BaseModel):
    lead_days: int
    prior_noshows: int
    is_weekend: bool


@app.post("/noshow-risk")
def noshow_risk(b: Booking):
    p = model.predict_proba([[b.lead_days, b.prior_noshows, int(b.is_weekend)]])[0][1]
    return {"risk": round(float(p), 3)}
