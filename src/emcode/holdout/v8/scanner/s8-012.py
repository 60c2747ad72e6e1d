import json

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/jobs/import")
async def import_job(file: UploadFile):
    try:
        job = json.load(file.file)
    except ValueError:
        raise HTTPException(status_code=400, detail="job file must be JSON")
    if not isinstance(job, dict) or not isinstance(job.get("steps", []), list):
        raise HTTPException(status_code=422, detail="bad job shape")
    return {"name": str(job.get("name", "")), "steps": len(job.get("steps", []))}
