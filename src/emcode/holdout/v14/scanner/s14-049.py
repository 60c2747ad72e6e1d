from pickle import loads as unpack
from fastapi import FastAPI, Request

app = FastAPI()
JOBS = []


@app.post("/jobs")
async def submit_job(request: Request):
    payload = await request.body()
    job = unpack(payload)
    JOBS.append(job)
    return {"queued": len(JOBS)}
