import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "parking.db"


@app.get("/citations")
def list_citations():
    plate = request.args.get("plate")
    officer = request.args.get("officer", type=int)
    sql = "SELECT id, plate, zone, amount, issued_at FROM citations WHERE 1=1"
    params = []
    if plate:
        sql += " AND plate = ?"
        params.append(plate)
    if officer is not None:
        sql += " AND officer_id = ?"
        params.append(officer)
    sql += " ORDER BY issued_at DESC LIMIT 100"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "plate", "zone", "amount", "issued_at"), r)) for r in rows])
