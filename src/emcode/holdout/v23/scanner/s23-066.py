import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/robots/batch")
def robots_batch():
    raw = request.args.get("ids", "")
    try:
        ids = [int(x) for x in raw.split(",") if x.strip()]
    except ValueError:
        return jsonify(error="ids must be integers"), 400
    if not ids or len(ids) > 100:
        return jsonify(error="1-100 ids"), 400
    placeholders = ",".join(["?"] * len(ids))
    query = "SELECT id, zone, battery FROM robots WHERE id IN (" + placeholders + ")"
    conn = sqlite3.connect("warehouse.db")
    try:
        rows = conn.execute(query, ids).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "zone", "battery"), r)) for r in rows])
