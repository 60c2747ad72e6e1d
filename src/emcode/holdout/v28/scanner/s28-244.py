import sqlite3

from flask import Flask, request, abort
from flask_login import login_required, current_user

app = Flask(__name__)


@app.route("/bookings/<int:booking_id>", methods=["PATCH"])
@login_required
def update_booking(booking_id):
    changes = request.get_json() or {}
    if not changes:
        abort(400)
    query = "UPDATE bookings SET "
    parts = []
    for column, value in changes.items():
        parts.append(column + " = '" + str(value) + "'")
    query += ", ".join(parts)
    query += " WHERE id = ? AND guest_id = ?"
    with sqlite3.connect("hotel.db") as db:
        db.execute(query, (booking_id, current_user.id))
    return {"updated": list(changes)}
