import json
import logging
from flask import Flask, request, abort

app = Flask(__name__)
log = logging.getLogger("coordinator")
jobs = {}


@app.route("/jobs/<job_id>/state", methods=["PUT"])
def put_state(job_id):
    try:
        state = json.loads(request.get_data(as_text=True))
    except ValueError:
        abort(400)
    if not isinstance(state, dict) or not isinstance(state.get("steps"), list):
        abort(400)
    jobs[job_id] = state
    log.info("job state updated, %d steps", len(state["steps"]))
    return "", 204
