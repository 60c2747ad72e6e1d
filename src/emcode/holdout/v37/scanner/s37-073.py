import logging

from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/claims/score")
def score():
    try:
        amount = float(request.json["amount"])
    except (KeyError, TypeError, ValueError):
        return jsonify(error="amount must be a number"), 400
    except Exception:
        log.exception("scoring failed")
        return jsonify(error="internal error"), 500
    return jsonify(score=min(1.0, amount / 100000))
