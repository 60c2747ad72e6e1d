import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/listings")
def listings():
    sql = "SELECT id, address, price FROM listings WHERE status = 'active'"
    town = request.args.get("town")
    if town:
        sql += f" AND town = '{town}'"
    conn = sqlite3.connect("homes.db")
    rows = conn.execute(sql).fetchall()
    conn.close()
    result = [{"id": r[0], "address": r[1], "price": r[2]} for r in rows]
    return jsonify(results=result, count=len(res