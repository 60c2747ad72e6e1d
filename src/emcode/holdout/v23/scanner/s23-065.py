import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)
FIELDS = ("sample_code", "freezer", "shelf", "owner")


@app.route("/samples", methods=["POST"])
def add_sample():
    data = request.get_json(silent=True) or {}
    values = [str(data.get(f, "")) for f in FIELDS]
    if not values[0]:
        return jsonify(error="sample_code required"), 400
    columns = ", ".join(FIELDS)
    marks = ", ".join("?" for _ in FIELDS)
    sql = f"INSERT INTO samples ({columns}) VALUES ({marks})"
    with sqlite3.connect("lab.db") as conn:
        conn.execute(sql, values)
    return jsonify(created=values[0]), 201
