import secrets
import string
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
ALPHABET = string.ascii_uppercase + string.digits


def booking_ref():
    return "IF-" + "".join(secrets.choice(ALPHABET) for _ in range(10))


@app.route("/book", methods=["POST"])
def book():
    ref = booking_ref()
    with sqlite3.connect("ferry.db") as db:
        db.execute("INSERT INTO bookings (ref, email) VALUES (?, ?)", (ref, request.form["email"]))
    return jsonify({"ref": ref, "manage_url": f"/manage?ref={ref}"})
