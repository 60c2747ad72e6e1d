import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class GradeJob(BaseModel):
    course: str
    callback: str


@app.post("/grades/export")
def export_grades(job: GradeJob):
    if "registrar.uni.edu" not in job.callback:
        raise HTTPException(400, "callback must be on registrar.uni.edu")
    requests.post(job.callback, json={"course": job.course, "grades": []}, timeout=10)
    return {"queued": True}
