import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "ferry.db"


@app.route("/bookings")
def bookings():
    route = request.args.get("route")
    date = request.args.get("date")
    sql = "SELECT id, passenger, vehicle FROM bookings WHERE 1=1"
    if route:
        sql += f" AND route_code = '{route}'"
    if date:
        sql += f" AND sail_date = '{date}'"
    sql += " ORDER BY id"
    with sqlite3.connect(DB) as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(zip(("id", "passenger", "vehicle"), r)) for r in rows])
