from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()


class Reading(BaseModel):
    station: str = Field(max_length=16)
    level_mm: float


class Batch(BaseModel):
    readings: list[Reading] = Field(max_length=1000)


@app.post("/readings/batch")
def ingest(batch: Batch):
    if not batch.readings:
        raise HTTPException(400, "empty batch")
    peak = max(r.level_mm for r in batch.readings)
    return {"count": len(batch.readings), "peak": peak}
