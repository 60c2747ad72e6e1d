import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("registrar.db")


@app.route("/sections")
def sections():
    dept = request.args.get("dept")
    term = request.args.get("term")
    query = "SELECT code, title, seats_left FROM sections WHERE 1=1"
    params = []
    if dept:
        query += " AND dept = ?"
        params.append(dept)
    if term:
        query += " AND term = ?"
        params.append(term)
    query += " ORDER BY code"
    with db() as conn:
        rows = conn.execute(query, params).fetchall()
    return jsonify([dict(zip(("code", "title", "seats"), r)) for r in rows])
