import sqlite3

from flask import Flask, request

app = Flask(__name__)
SORTABLE = {"name": "name", "price": "price", "newest": "created_at"}


@app.route("/products")
def products():
    column = SORTABLE.get(request.args.get("sort", "name"), "name")
    direction = "DESC" if request.args.get("dir") == "desc" else "ASC"
    min_price = float(request.args.get("min", 0))
    query = f"SELECT name, price FROM products WHERE price >= ? ORDER BY {column} {direction}"
    with sqlite3.connect("store.db") as conn:
        rows = conn.execute(query, (min_price,)).fetchall()
    return {"products": rows}
