import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB = "brewery.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
    return g.conn


@app.route("/kegs")
def kegs():
    style = request.args.get("style")
    min_abv = request.args.get("min_abv", type=float)
    sql = "SELECT id, name, style, abv FROM kegs WHERE 1=1"
    params = []
    if style:
        sql += " AND style = ?"
        params.append(style)
    if min_abv is not None:
        sql += " AND abv >= ?"
        params.append(min_abv)
    sql += " ORDER BY name"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "name", "style", "abv"), r)) for r in rows])
