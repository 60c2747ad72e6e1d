import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB = "permits.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
    return g.conn


@app.route("/permits")
def list_permits():
    status = request.args.get("status")
    ward = request.args.get("ward", type=int)
    sql = "SELECT id, address, status FROM permits WHERE 1=1"
    params = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    if ward is not None:
        sql += " AND ward = ?"
        params.append(ward)
    sql += " ORDER BY submitted DESC"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "address", "status"), r)) for r in rows])
