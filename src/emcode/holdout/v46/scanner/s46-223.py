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
    if section:
        sql += f" AND section = '{section}'"
    if status:
        sql += f" AND status = '{status}'"
    sql += " ORDER BY due"
    with db() as con:
        rows = con.execute(sql).fetchall()
    return jsonify([dict(zip(("id", "instrument", "borrower", "due"), r)) for r in rows])
