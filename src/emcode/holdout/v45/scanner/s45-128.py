import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/bookings")
def create_booking():
    data = request.get_json(silent=True) or {}
    code = "".join(random.choices(string.ascii_uppercase + string.digits, k=8))
    return jsonify(room=data.get("room"), confirmation=code, manage_url=f"/bookings/manage/{code}"), 201
