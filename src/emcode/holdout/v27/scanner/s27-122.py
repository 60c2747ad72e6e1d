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
    sql += f" WHERE status = '{status}'"
    if ward:
        sql += f" AND ward = {ward}"
    sql += " ORDER BY filed_at DESC"
    with db() as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(zip(("id", "address", "status"), r)) for r in rows])
