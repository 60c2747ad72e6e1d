import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


def book_class(member, slot):
    raise RuntimeError("db connection refused")


@app.post("/classes/book")
def book():
    try:
        book_class(request.form["member"], request.form["slot"])
    except Exception:
        log.exception("booking failed")
        return jsonify(error="booking failed, please try again"), 500
    return jsonify(ok=True)
