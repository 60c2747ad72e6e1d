import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/hives")
def hives():
    apiary = request.args.get("apiary")
    sql = "SELECT id, queen_year, strength FROM hives"
    args = []
    if apiary:
        sql += " WHERE apiary = ?"
        args.append(apiary)
    with sqlite3.connect("coop.db") as con:
        rows = con.execute(sql, args).fetchall()
    return jsonify([{"id": r[0], "queen_year": r[1], "strength": r[2]} for r in r