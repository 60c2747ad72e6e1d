import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("loans.db")


@app.route("/loans")
def loans():
    section = request.args.get("section")
    status = request.args.get("status")
    sql = "SELECT id, instrument, borrower, due FROM loans WHERE 1=1"
    params = []
    if section:
        sql += " AND section = ?"
        params.append(section)
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY due"
    with db() as con:
        rows = con.execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "instrument", "borrower", "due"), r)) for r in rows])
