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
    max_rate = request.args.get("max_rate", type=float)
    sql = "SELECT id, name, daily_rate FROM equipment WHERE available = 1"
    params = []
    if category:
        sql += " AND category = ?"
        params.append(category)
    if max_rate is not None:
        sql += " AND daily_rate <= ?"
        params.append(max_rate)
    sql += " ORDER BY daily_rate"
    rows = db().execute(sql, params).fetchall()
    return {"equipment": [dict(zip(("id", "name", "rate"), r)) for r in rows]}
