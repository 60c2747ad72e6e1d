import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


def book(room, slot):
    raise RuntimeError("room table locked")


@app.route("/book", methods=["POST"])
def do_book():
    try:
        book(request.form["room"], request.form["slot"])
        return jsonify(ok=True)
    except Exception:
        log.exception("booking failed")
        return jsonify(ok=False, error="Booking failed, please try again."), 500
