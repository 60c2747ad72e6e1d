from datetime import datetime
from typing import List

from fastapi import FastAPI
from pydantic import BaseModel, confloat

app = FastAPI()


class Reading(BaseModel):
    inverter: str
    at: datetime
    watts: confloat(ge=0, le=1_000_000)


@app.post("/readings")
def ingest(readings: List[Reading]):
    total = sum(r.watts for r in readings)
    return {"received": len(readings), "total_watts": total}
