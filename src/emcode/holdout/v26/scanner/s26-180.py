import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    return sqlite3.connect("tenants.db")


@app.route("/tickets")
def list_tickets():
    unit = request.args.get("unit")
    status = request.args.get("status", "open")
    sql = "SELECT id, title, created_at FROM maintenance_tickets"
    sql += " WHERE status = ?"
    params = [status]
    if unit:
        sql += " AND unit_number = ?"
        params.append(unit)
    sql += " ORDER BY created_at DESC"
    with get_db() as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "title", "created_at"), r)) for r in rows])
