import sqlite3

from flask import Flask, g, request

app = Flask(__name__)
DB = "rentals.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
    return g.conn


@app.route("/equipment")
def list_equipment():
    category = request.args.get("category")
    max_rate = request.args.get("max_rate")
    sql = "SELECT id, name, daily_rate FROM equipment WHERE available = 1"
    if category:
        sql += f" AND category = '{category}'"
    if max_rate:
        sql += f" AND daily_rate <= {max_rate}"
    sql += " ORDER BY daily_rate"
    rows = db().execute(sql).fetchall()
    return {"equipment": [dict(zip(("id", "name", "rate"), r)) for r in rows]}
