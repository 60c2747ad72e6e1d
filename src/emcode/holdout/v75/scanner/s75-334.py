import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def get_db():
    con = sqlite3.connect("tickets.db")
    con.row_factory = sqlite3.Row
    return con


@app.get("/riders/history")
def rider_history():
    card = request.args.get("card", "")
    sql = "SELECT route, boarded_at, fare_cents FROM journeys"
    sql += f" WHERE card_number = '{card}'"
    sql += " ORDER BY boarded_at DESC"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/riders/summary")
def rider_summary():
    card = request.args.get("card", "")
    total = 0
    for row in rider_hist