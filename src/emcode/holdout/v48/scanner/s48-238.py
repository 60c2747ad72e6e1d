import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def db():
    return sqlite3.connect("dispatch.db")


@app.route("/trips")
def trips():
    driver = request.args.get("driver", "")
    status = request.args.get("status")
    sql = "SELECT id, pickup, dropoff, fare FROM trips WHERE 1=1"
    params = []
    if driver:
        sql += " AND driver_name = ?"
        params.append(driver)
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY id DESC LIMIT 50"
    rows = db().execute(sql, params).fetchall()
    return jsonify(rows)
