import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("bookings")


@app.route("/bookings", methods=["POST"])
def create_booking():
    try:
        data = request.get_json()
        seats = int(data["seats"])
    except (TypeError, KeyError, ValueError):
        return jsonify(error="invalid booking request"), 400
    except Exception:
        log.exception("unexpected error creating booking")
        return jsonify(error="internal error"), 500
    return jsonify(booked=seats), 201
