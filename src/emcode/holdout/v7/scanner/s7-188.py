import pickle as pk
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("coordinator")
jobs = {}


@app.route("/jobs/<job_id>/state", methods=["PUT"])
def put_state(job_id):
    state = pk.loads(request.data)
    jobs[job_id] = state
    log.info("job %s now has %d steps", job_id, len(state.get("steps", [])))
    return "", 204


@app.route("/jobs/<job_id>")
def get_job(job_id):
    return {"id": job_id, "steps": len(jobs.get(job_id, {}).get("steps", []))}
