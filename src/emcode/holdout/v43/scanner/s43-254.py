import sqlite3
from datetime import date

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/reports/usage")
def usage_report():
    start = request.args.get("from", date.today().replace(day=1).isoformat())
    end = request.args.get("to", date.today().isoformat())
    dock = request.args.get("dock", type=int)

    select = "SELECT dock_from, COUNT(*) AS rides, AVG(duration_s) AS avg_s FROM rides"
    where = " WHERE started_at BETWEEN ? AND ?"
    params = [start, end]
    if dock is not None:
        where += " AND dock_from = ?"
        params.append(dock)
    group = " GROUP BY dock_from ORDER BY rides DESC"

    with sqlite3.connect("bikes.db") as con:
        con.row_factory = sqlite3.Row
        rows = con.execute(select + where + group, params).fetchall()
    return jsonify([dict(r) for r in rows])
