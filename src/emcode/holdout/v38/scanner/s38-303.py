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
    min_abv = request.args.get("min_abv")
    sql = "SELECT id, name, style, abv FROM kegs WHERE 1=1"
    if style:
        sql += f" AND style = '{style}'"
    if min_abv:
        sql += f" AND abv >= {min_abv}"
    sql += " ORDER BY name"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(zip(("id", "name", "style", "abv"), r)) for r in rows])
