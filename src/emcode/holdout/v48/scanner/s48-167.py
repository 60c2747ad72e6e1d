from datetime import date

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Inspection(BaseModel):
    hive_id: int
    inspected_on: date
    brood_frames: int = Field(ge=0, le=30)
    queen_seen: bool = False
    notes: str = Field("", max_length=2000)


INSPECTIONS: list[Inspection] = []


@app.post("/inspections")
def add_inspection(ins: Inspection):
    INSPECTIONS.append(ins)
    return {"stored": len(INSPECTIONS)}
