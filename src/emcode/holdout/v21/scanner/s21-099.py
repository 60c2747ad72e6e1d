import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/items")
def items():
    category = request.args.get("category")
    max_price = request.args.get("max_price", type=float)
    sql = "SELECT id, name, price FROM items WHERE 1=1"
    params = []
    if category:
        sql += " AND category = ?"
        params.append(category)
    if max_price is not None:
        sql += " AND price <= ?"
        params.append(max_price)
    sql += " ORDER BY name"
    conn = sqlite3.connect("inventory.db")
    conn.row_factory = sqlite3.Row
    rows = conn.execute(sql, params).fetchall()
    conn.close()
    return jsonify([dict(r) for r in rows])
