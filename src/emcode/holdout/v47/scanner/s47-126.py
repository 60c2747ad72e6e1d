import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB_PATH = "harvest.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/picks")
def list_picks():
    sql = "SELECT picker, block, kg, picked_on FROM picks WHERE 1=1"
    block = request.args.get("block")
    picker = request.args.get("picker")
    if block:
        sql += f" AND block = '{block}'"
    if picker:
        sql += f" AND picker = '{picker}'"
    sql += " ORDER BY picked_on DESC LIMIT 200"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
