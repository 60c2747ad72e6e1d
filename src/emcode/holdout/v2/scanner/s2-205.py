import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/products")
def products():
    column = request.args.get("sort", "name")
    max_price = request.args.get("max", type=float, default=1e9)
    sql = f"SELECT name, price FROM products WHERE price <= ? ORDER BY {column}"
    with sqlite3.connect("shop.db") as conn:
        rows = conn.execute(sql, (max_price,)).fetchall()
    return {"products": rows}
