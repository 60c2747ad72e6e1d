import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    conn = sqlite3.connect("donations.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/donations")
def donations():
    parish = request.args.get("parish", "")
    year = request.args.get("year", "")
    sql = "SELECT donor, amount, given_on FROM donations"
    sql += " WHERE 1=1"
    if parish:
        sql += f" AND parish = '{parish}'"
    if year:
        sql += f" AND strftime('%Y', given_on) = '{year}'"
    sql += " ORDER BY given_on DESC"
    with get_db() as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
