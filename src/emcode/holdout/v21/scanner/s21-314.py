import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    conn = sqlite3.connect("inventory.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/items")
def items():
    category = request.args.get("category")
    max_price = request.args.get("max_price")
    sql = "SELECT id, name, price FROM items WHERE 1=1"
    if category:
        sql += f" AND category = '{category}'"
    if max_price:
        sql += f" AND price <= {max_price}"
    sql += " ORDER BY name"
    conn = get_db()
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify([dict(r) for r in rows])
