import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/appraise")
def appraise():
    try:
        weight = float(request.form["grams"])
        karat = int(request.form["karat"])
    except (KeyError, ValueError):
        return jsonify(error="grams and karat are required numbers"), 400
    try:
        return jsonify(value=round(weight * karat / 24 * 61.2, 2))
    except Exception:
        log.exception("appraisal failed")
        return jsonify(error="internal error"), 500
