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
    if status:
        sql += f" AND status = '{status}'"
    if adjuster:
        sql += f" AND adjuster = '{adjuster}'"
    sql += " ORDER BY filed_at DESC"
    rows = get_db().execute(sql).fetchall()
    return jsonify(rows)
