import dill as serializer
from flask import Flask, request

app = Flask(__name__)

JOBS = []


@app.post("/jobs")
def submit_job():
    upload = request.files["job"]
    job = serializer.loads(upload.read())
    JOBS.append(job)
    return {"queued": len(JOBS)}
