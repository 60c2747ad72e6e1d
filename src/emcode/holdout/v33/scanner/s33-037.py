from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

INVENTORY = {"amoxicillin": 140, "metformin": 320, "lisinopril": 85}


class StockOut(BaseModel):
    drug: str
    units: int


@app.get("/stock/{drug}", response_model=StockOut)
def stock(drug: str):
    key = drug.lower()
    if key not in INVENTORY:
        raise HTTPException(status_code=404, detail="unknown drug")
    return StockOut(drug=key, units=INVENTORY[key])
