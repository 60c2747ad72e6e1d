import logging

from flask import Flask, jsonify

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("dispatch")

JOBS = {}


@app.post("/jobs/<int:job_id>/complete")
def complete(job_id):
    JOBS[job_id] = "done"
    log.info("job %d marked complete", job_id)
    return jsonify(job=job_id, status="done")
