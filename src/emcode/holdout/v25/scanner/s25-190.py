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
    sql = "SELECT donor, amount, given_on FROM donations WHERE 1=1"
    params = []
    if parish:
        sql += " AND parish = ?"
        params.append(parish)
    if year:
        sql += " AND strftime('%Y', given_on) = ?"
        params.append(year)
    sql += " ORDER BY given_on DESC"
    with get_db() as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
