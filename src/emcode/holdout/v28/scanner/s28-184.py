import secrets
import string
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
ALPHABET = string.ascii_uppercase + string.digits


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(12))


@app.post("/bookings")
def create_booking():
    data = request.get_json()
    code = new_code()
    with sqlite3.connect("hotel.db") as db:
        db.execute("INSERT INTO bookings(code, guest_email, arrival, nights) VALUES (?, ?, ?, ?)",
                   (code, data["email"], data["arrival"], int(data["nights"])))
    return jsonify({"confirmation": code, "manage_url": f"/bookings/{code}"}), 201
