import pickle as pk

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/jobs/import")
async def import_job(file: UploadFile):
    # a job file exported from the old scheduler
    job = pk.load(file.file)
    return {"name": job.get("name"), "steps": len(job.get("steps", []))}
