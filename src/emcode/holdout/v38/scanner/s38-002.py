from datetime import date

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Intake(BaseModel):
    name: str = Field(max_length=60)
    species: str
    intake_date: date
    weight_kg: float = Field(gt=0, lt=200)


DB: list[Intake] = []


@app.post("/intake")
def intake(rec: Intake):
    DB.append(rec)
    return {"count": len(DB)}
