import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("foodbank.db")


@app.route("/stock")
def stock():
    category = request.args.get("category", "tinned")
    query = "SELECT name, qty FROM stock"
    query += " WHERE expired = 0"
    query += f" AND category = '{category}'"
    query += " ORDER BY name"
    with db() as conn:
        rows = conn.execute(query).fetchall()
    return jsonify(rows)
