import re

from fastapi import FastAPI, HTTPException, Query

app = FastAPI()
PLATE = re.compile(r"[A-Z]{2}-\d{3,5}")


@app.get("/scooters/by-plate")
def by_plate(plate: str = Query(..., max_length=10)):
    if not PLATE.fullmatch(plate.upper()):
        raise HTTPException(status_code=422, detail="invalid plate")
    return {"plate": plate.upper(), "status": "available"}
