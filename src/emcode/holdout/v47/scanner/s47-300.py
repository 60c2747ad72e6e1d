import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/readings", methods=["POST"])
def submit_reading():
    body = request.get_json(silent=True) or {}
    try:
        value = float(body["litres"])
        meter = str(body["meter"])
    except (KeyError, TypeError, ValueError):
        return jsonify(ok=False, error="meter and numeric litres required"), 400
    try:
        from .store import save_reading
        save_reading(meter, value)
    except Exception:
        log.exception("saving reading failed")
        return jsonify(ok=False, error="internal error"), 500
    return jsonify(ok=True)
