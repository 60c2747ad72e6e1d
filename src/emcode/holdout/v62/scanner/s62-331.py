import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "brigade.db"


@app.route("/callouts")
def callouts():
    station = request.args.get("station")
    since = request.args.get("since")
    sql = "SELECT id, started_at, kind FROM callouts WHERE 1=1"
    params = []
    if station:
        sql += " AND station = ?"
        params.append(station)
    if since:
        sql += " AND started_at >= ?"
        params.append(since)
    sql += " ORDER BY started_at DESC"
    con = sqlite3.connect(DB)
    try:
        rows = con.execute(sql, params).fetchall()
    finally:
        con.close()
    return jsonify([dict(zip(("id", "started_at", "kind"), r)) for r in rows])
