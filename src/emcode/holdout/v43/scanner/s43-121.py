from pathlib import Path

import joblib
from fastapi import FastAPI
from pydantic import BaseModel

MODEL_PATH = Path(__file__).parent / "models" / "churn_v3.joblib"

app = FastAPI()
model = joblib.load(MODEL_PATH)


class Member(BaseModel):
    visits_last_month: int
    months_subscribed: int
    plan_price: float


@app.post("/churn-risk")
def churn_risk(m: Member):
    prob = model.predict_proba([[m.visits_last_month, m.months_subscribed, m.plan_price]])[0][1]
    return {"risk": round(float(prob), 3)}
