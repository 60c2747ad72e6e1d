import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/rx/bulk-status")
def bulk_status():
    numbers = [str(n) for n in request.json.get("rx_numbers", [])][:200]
    if not numbers:
        return jsonify([])
    marks = ",".join("?" for _ in numbers)
    sql = f"SELECT rx_number, status FROM prescriptions WHERE rx_number IN ({marks})"
    with sqlite3.connect("pharmacy.db") as con:
        rows = con.execute(sql, numbers).fetchall()
    return jsonify(dict(rows))
