import traceback

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/bookings", methods=["POST"])
def create_booking():
    try:
        data = request.get_json()
        seats = int(data["seats"])
        return jsonify(booked=seats), 201
    except Exception:
        return jsonify(error=traceback.format_exc()), 500
