import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/customers")
def customers():
    clauses = []
    params = []
    name = request.args.get("name")
    city = request.args.get("city")
    if name:
        clauses.append("name = ?")
        params.append(name)
    if city:
        clauses.append("city = ?")
        params.append(city)
    sql = "SELECT id, name, city FROM customers"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    with sqlite3.connect("shop.db") as conn:
        rows = conn.execute(sql, params).fetchall()
    return {"customers": [list(r) for r in rows]}
