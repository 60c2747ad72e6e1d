import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
TABLE = "sailing_bookings"


@app.post("/bookings")
def create_booking():
    data = request.get_json(force=True)
    with sqlite3.connect("club.db") as conn:
        cur = conn.execute(
            f"INSERT INTO {TABLE} (member, boat, start_at) VALUES (?, ?, ?)",
            (data["member"], data["boat"], data["start_at"]),
        )
    return jsonify(id=cur.lastrowid), 201
