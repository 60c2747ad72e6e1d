import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB = "allotments.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
        g.conn.row_factory = sqlite3.Row
    return g.conn


@app.route("/plots")
def list_plots():
    query = "SELECT id, site, size_m2, holder FROM plots WHERE 1=1"
    site = request.args.get("site")
    if site:
        query += f" AND site = '{site}'"
    min_size = request.args.get("min_size")
    if min_size:
        query += " AND size_m2 >= " + min_size
    query += " ORDER BY site, id"
    rows = db().execute(query).fetchall()
    return jsonify([dict(r) for r in rows])
