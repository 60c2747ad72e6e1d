import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/fares/calc")
def calc():
    try:
        zones = int(request.form["zones"])
    except (KeyError, ValueError):
        return {"error": "zones must be a whole number"}, 400
    try:
        return {"price": round(1.8 + 0.6 * (zones - 1), 2)}
    except Exception:
        log.exception("fare calculation failed")
        return {"error": "internal error"}, 500
