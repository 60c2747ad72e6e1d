import json
from fastapi import FastAPI, Request, HTTPException
from pydantic import BaseModel, ValidationError

app = FastAPI(title="telemetry-ingest")
BUFFER = []


class Reading(BaseModel):
    sensor: str
    value: float


@app.post("/ingest")
async def ingest(request: Request):
    payload = await request.body()
    try:
        batch = json.loads(payload)
        readings = [Reading(**item) for item in batch]
    except (ValueError, TypeError, ValidationError):
        raise HTTPException(status_code=422, detail="invalid batch")
    BUFFER.extend(r.dict() for r in readings)
    return {"accepted": len(readings), "buffered": len(BUFFER)}
