import logging

from flask import Flask, jsonify, request

from .fares import compute_fare

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/fare")
def fare():
    try:
        return jsonify(total=compute_fare(request.get_json()))
    except Exception:
        log.exception("fare computation failed")
        return jsonify(error="fare failed"), 500
