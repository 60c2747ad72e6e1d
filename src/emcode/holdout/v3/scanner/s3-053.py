import sqlite3

from flask import Flask, g, request

app = Flask(__name__)
DB = "shop.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB)
    return g.db


@app.route("/customers")
def customers():
    name = request.args.get("name", "")
    city = request.args.get("city", "")
    sql = "SELECT id, name, city FROM customers WHERE 1=1"
    if name:
        sql += f" AND name = '{name}'"
    if city:
        sql += f" AND city = '{city}'"
    rows = get_db().execute(sql).fetchall()
    return {"customers": [list(r) for r in rows]}
