import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "inventory.db"


@app.route("/products")
def products():
    category = request.args.get("category")
    max_price = request.args.get("max_price")
    sql = "SELECT id, name, price FROM products"
    clauses = []
    if category:
        clauses.append(f"category = '{category}'")
    if max_price:
        clauses.append(f"price <= {max_price}")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY name"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(sql).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "name", "price"), r)) for r in rows])
