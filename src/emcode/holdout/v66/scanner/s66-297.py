import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/dispatch/assign")
def assign():
    try:
        job = request.get_json()
        rider = pick_rider(job["zone"])
        return {"rider": rider}
    except Exception:
        log.exception("assignment failed")
        return {"error": "internal error"}, 500


def pick_rider(zone):
    raise LookupError("no rider free")
