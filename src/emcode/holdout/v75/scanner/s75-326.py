from pathlib import Path

import joblib
from fastapi import FastAPI
from pydantic import BaseModel

MODEL_PATH = Path(__file__).parent / "models" / "renal_risk.joblib"
model = joblib.load(MODEL_PATH)
app = FastAPI()


class Panel(BaseModel):
    alt: float
    ast: float
    bun: float
    crea: float


@app.post("/risk")
def risk(panel: Panel):
    row = [[panel.alt, panel.ast, panel.bun, panel.crea]]
    return {"risk": float(model.predict_proba(row)[0][1])}
