import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/ferries/departures")
def departures():
    port = request.args.get("port", "")
    day = request.args.get("day", "")
    sql = "SELECT vessel, departs, berth FROM departures WHERE port = ?"
    args = [port]
    if day:
        sql += " AND date(departs) = ?"
        args.append(day)
    with sqlite3.connect("ferries.db") as conn:
        rows = conn.execute(sql, args).fetchall()
    return jsonify([{"vessel": r[0], "departs": r[1], "berth": r[2], "sta