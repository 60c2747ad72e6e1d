import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "brigade.db"


@app.route("/callouts")
def callouts():
    station = request.args.get("station")
    since = request.args.get("since")
    sql = "SELECT id, started_at, kind FROM callouts WHERE 1=1"
    if station:
        sql += f" AND station = '{station}'"
    if since:
        sql += f" AND started_at >= '{since}'"
    sql += " ORDER BY started_at DESC"
    con = sqlite3.connect(DB)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    return jsonify([dict(zip(("id", "started_at", "kind"), r)) for r in rows])
