import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("permits.db")


@app.route("/permits")
def search_permits():
    status = request.args.get("status", "open")
    ward = request.args.get("ward")
    sql = "SELECT id, address, status FROM permits"
    clauses = ["status = ?"]
    params = [status]
    if ward:
        clauses.append("ward = ?")
        params.append(int(ward))
    sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY filed_at DESC"
    with db() as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "address", "status"), r)) for r in rows])
