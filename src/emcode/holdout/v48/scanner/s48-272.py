import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/rides")
def rides():
    zone = request.args.get("zone", "")
    sql = "SELECT id, pickup, fare FROM rides"
    sql += f" WHERE zone = '{zone}'"
    con = sqlite3.connect("cabs.db")
    rows = con.execute(sql).fetchall()
    con.close()
    return jsonify([{"id": r[0], "pickup": r[1], "fare": r[