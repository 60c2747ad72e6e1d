from fastapi import FastAPI, Query

app = FastAPI()

PERMITS = {"RES-22": "Residential zone 4", "BIZ-7": "Loading bay"}


@app.get("/permits/{code}")
def permit(code: str, plate: str = Query(..., max_length=10)):
    desc = PERMITS.get(code.upper())
    return {"code": code, "plate": plate, "description": desc, "valid": desc is not None}
