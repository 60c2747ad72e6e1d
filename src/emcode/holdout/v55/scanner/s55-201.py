import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "ferry.db"


@app.route("/bookings")
def bookings():
    route = request.args.get("route")
    date = request.args.get("date")
    sql = "SELECT id, passenger, vehicle FROM bookings WHERE 1=1"
    params = []
    if route:
        sql += " AND route_code = ?"
        params.append(route)
    if date:
        sql += " AND sail_date = ?"
        params.append(date)
    sql += " ORDER BY id"
    with sqlite3.connect(DB) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "passenger", "vehicle"), r)) for r in rows])
