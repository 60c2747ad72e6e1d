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
    sql = "SELECT id, site, size_m2, holder FROM plots WHERE 1=1"
    params = []
    site = request.args.get("site")
    if site:
        sql += " AND site = ?"
        params.append(site)
    min_size = request.args.get("min_size", type=float)
    if min_size is not None:
        sql += " AND size_m2 >= ?"
        params.append(min_size)
    sql += " ORDER BY site, id"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
