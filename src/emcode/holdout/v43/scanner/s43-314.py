import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/readings")
def readings():
    sensor = request.args.get("sensor", "")
    sql = "SELECT ts, ppm FROM methane WHERE 1=1"
    if sensor:
        sql += f" AND sensor_id = '{sensor}'"
    con = sqlite3.connect("safety.db")
    rows = con.execute(sql).fetchall()
    con.close()
    return jsonify([{"ts": t, "ppm": p} for t, p in rows])


@app.get("/readings/max")
def readings_max():
    sensor = request.args.get("sensor", "")
    con = sqlite3.connect("safety.db")
    row = con.execute("SELECT MAX(ppm) FROM methane WHERE sensor_id = ?", (sen