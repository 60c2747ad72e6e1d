import sqlite3

from flask import Flask, request

app = Flask(__name__)
SORTABLE = {"name": "name", "price": "price", "added": "created_at"}


@app.route("/products")
def products():
    column = SORTABLE.get(request.args.get("sort", "name"), "name")
    direction = "DESC" if request.args.get("desc") == "1" else "ASC"
    max_price = request.args.get("max", type=float, default=1e9)
    sql = f"SELECT name, price FROM products WHERE price <= ? ORDER BY {column} {direction}"
    with sqlite3.connect("shop.db") as conn:
        rows = conn.execute(sql, (max_price,)).fetchall()
    return {"products": rows}
