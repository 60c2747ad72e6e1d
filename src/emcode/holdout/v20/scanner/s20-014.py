import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "inventory.db"


@app.route("/products")
def products():
    category = request.args.get("category")
    max_price = request.args.get("max_price", type=float)
    sql = "SELECT id, name, price FROM products"
    clauses, params = [], []
    if category:
        clauses.append("category = ?")
        params.append(category)
    if max_price is not None:
        clauses.append("price <= ?")
        params.append(max_price)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY name"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "name", "price"), r)) for r in rows])
