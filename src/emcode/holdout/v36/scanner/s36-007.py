import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("registrar.db")


@app.route("/sections")
def sections():
    dept = request.args.get("dept", "CS")
    term = request.args.get("term", "2026FA")
    query = "SELECT code, title, seats_left FROM sections WHERE 1=1"
    query += f" AND dept = '{dept}'"
    query += f" AND term = '{term}'"
    query += " ORDER BY code"
    with db() as conn:
        rows = conn.execute(query).fetchall()
    return jsonify([dict(zip(("code", "title", "seats"), r)) for r in rows])
