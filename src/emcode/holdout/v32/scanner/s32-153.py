import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/flights")
def flights():
    origin = request.args.get("from", "")
    sql = "SELECT code, origin, dest, departs FROM flights"
    sql += " WHERE origin = ?"
    conn = sqlite3.connect("airline.db")
    rows = conn.execute(sql, (origin,)).fetchall()
    conn.close()
    return jsonify([{"code": r[0], "origin": r[1], "dest": r[2], "departs": r[3]