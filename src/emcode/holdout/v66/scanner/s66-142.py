import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("ferries.db")
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@app.get("/sailings")
def sailings():
    query = "SELECT route, vessel, depart_at FROM sailings WHERE depart_at >= ?"
    params = (request.args.get("from", date.today().isoformat()),)
    route = request.args.get("route")
    if route:
        query += " AND route = ?"
        params += (route,)
    vessel = request.args.get("vessel")
    if vessel:
        query += " AND vessel LIKE ?"
        params += (f"%{vessel}%",)
    query += " ORDER BY depart_at LIMIT 200"
    return jsonify([dict(r) for r in db().execute(query, params)])
