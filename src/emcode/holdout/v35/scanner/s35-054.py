import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/adoptions")
def adoptions():
    since = request.args.get("since")
    species = request.args.get("species")
    sql = "SELECT a.id, p.name, a.adopted_on FROM adoptions a JOIN pets p ON p.id = a.pet_id WHERE 1=1"
    args = []
    if since:
        sql += " AND a.adopted_on >= ?"
        args.append(since)
    if species:
        sql += " AND p.species = ?"
        args.append(species)
    with sqlite3.connect("shelter.db") as con:
        rows = con.execute(sql, args).fetchall()
    return jsonify([{"id": i, "pet": n, "on": d} for i, n, d in ro