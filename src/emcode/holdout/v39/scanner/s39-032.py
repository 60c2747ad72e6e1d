import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/tenants")
def tenants():
    city = request.args.get("city", "")
    sql = "SELECT id, name, city FROM tenants WHERE active = 1"
    params = []
    if city:
        sql += " AND city = ?"
        params.append(city)
    con = sqlite3.connect("screening.db")
    rows = con.execute(sql, par