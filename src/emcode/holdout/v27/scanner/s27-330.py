import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/rentals")
def rentals():
    kayak = request.args.get("kayak_id", type=int)
    conn = sqlite3.connect("rentals.db")
    rows = conn.execute(
        "SELECT renter, start, end FROM rentals WHERE kayak_id = ? ORDER BY start",
        (kayak,),
    ).fetchall()
    result = [
        {"renter": r[0], "start": r[1], "end": r[2]}
        for r in rows
    ]
    conn.close()
    return jsonify(result
