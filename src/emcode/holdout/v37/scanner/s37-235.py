import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    return sqlite3.connect("claims.db")


@app.route("/claims")
def list_claims():
    status = request.args.get("status")
    adjuster = request.args.get("adjuster")
    sql = "SELECT id, holder, amount FROM claims WHERE 1=1"
    params = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    if adjuster:
        sql += " AND adjuster = ?"
        params.append(adjuster)
    sql += " ORDER BY filed_at DESC"
    rows = get_db().execute(sql, params).fetchall()
    return jsonify(rows)
