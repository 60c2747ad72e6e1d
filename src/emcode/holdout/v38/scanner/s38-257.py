import logging

from flask import Flask, request

from adoption import score_application

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/score", methods=["POST"])
def score():
    try:
        return {"score": score_application(request.get_json())}
    except Exception:
        log.exception("scoring failed")
        return {"error": "internal error"}, 500
