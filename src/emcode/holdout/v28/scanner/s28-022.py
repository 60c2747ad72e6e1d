import sqlite3

from flask import Flask, request, abort
from flask_login import login_required, current_user

app = Flask(__name__)

EDITABLE = ("arrival", "departure", "guests", "notes")


@app.route("/bookings/<int:booking_id>", methods=["PATCH"])
@login_required
def update_booking(booking_id):
    changes = {k: v for k, v in (request.get_json() or {}).items() if k in EDITABLE}
    if not changes:
        abort(400)
    query = "UPDATE bookings SET "
    query += ", ".join(f"{column} = ?" for column in changes)
    query += " WHERE id = ? AND guest_id = ?"
    params = list(changes.values()) + [booking_id, current_user.id]
    with sqlite3.connect("hotel.db") as db:
        db.execute(query, params)
    return {"updated": list(changes)}
