from urllib.parse import urlsplit

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
CALLBACK_HOSTS = {"registrar.uni.edu", "grades.registrar.uni.edu"}


class GradeJob(BaseModel):
    course: str
    callback: str


@app.post("/grades/export")
def export_grades(job: GradeJob):
    parts = urlsplit(job.callback)
    if parts.scheme != "https" or parts.hostname not in CALLBACK_HOSTS or parts.port not in (None, 443):
        raise HTTPException(400, "callback must be on the registrar")
    requests.post(job.callback, json={"course": job.course, "grades": []}, timeout=10)
    return {"queued": True}
