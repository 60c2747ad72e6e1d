import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/dispatch/assign")
def assign():
    try:
        job = request.get_json()
        rider = pick_rider(job["zone"])
        return {"rider": rider}
    except Exception:
        return {"error": traceback.format_exc()}, 500


def pick_rider(zone):
    raise LookupError(f"no rider free in {zone}")
