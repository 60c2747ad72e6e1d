import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/products")
def products():
    category = request.args.get("category", "")
    try:
        max_price = float(request.args.get("max_price", "1000"))
    except ValueError:
        return jsonify(error="max_price must be a number"), 400
    sql = "SELECT id, name, price FROM products"
    sql += " WHERE active = 1"
    params: list = []
    if category:
        sql += " AND category = ?"
        params.append(category)
    sql += " AND price <= ?"
    params.append(max_price)
    sql += " ORDER BY price"
    with sqlite3.connect("shop.db") as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(id=r[0], name=r[1], price=r[2]) for r in rows])
