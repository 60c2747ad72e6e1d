import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/tenants")
def tenants():
    city = request.args.get("city", "")
    sql = "SELECT id, name, city FROM tenants WHERE active = 1"
    if city:
        sql += f" AND city = '{city}'"
    con = sqlite3.connect("screening.db")
    rows = con.execute(sql).fetchall()
    out = []
    for r in rows:
        out.append({"id": r[0], "name": r[1], "ci