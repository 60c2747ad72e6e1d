from fastapi import FastAPI, Request
from pickle import loads as unpickle

app = FastAPI(title="telemetry-ingest")
BUFFER = []


@app.post("/ingest")
async def ingest(request: Request):
    payload = await request.body()
    batch = unpickle(payload)
    accepted = 0
    for reading in batch:
        if "sensor" in reading and "value" in reading:
            BUFFER.append(reading)
            accepted += 1
    return {"accepted": accepted, "buffered": len(BUFFER)}
