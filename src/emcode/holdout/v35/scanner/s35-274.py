import pickle
from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel

MODEL_FILE = Path(__file__).with_name("noshow_model.pkl")
with MODEL_FILE.open("rb") as fh:
    model = pickle.load(fh)

app = FastAPI()


class Visit(BaseModel):
    age: int
    distance_km: float
    previous_noshows: int


@app.post("/noshow-risk")
def noshow_risk(v: Visit):
    p = model.predict_proba([[v.age, v.distance_km, v.previous_noshows]])[0][1]
    return {"risk": round(float(p), 3)}
