import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/printers/bulk-status")
def bulk_status():
    ids = request.get_json().get("ids", [])
    try:
        ids = [int(i) for i in ids][:200]
    except (TypeError, ValueError):
        return jsonify(error="ids must be integers"), 400
    if not ids:
        return jsonify([])
    marks = ",".join("?" for _ in ids)
    query = "SELECT id, name, toner FROM printers WHERE id IN (" + marks + ")"
    with sqlite3.connect("fleet.db") as conn:
        rows = conn.execute(query, tuple(ids)).fetchall()
    return jsonify([{"id": r[0], "name": r[1], "toner": r[2]} for r in rows])
