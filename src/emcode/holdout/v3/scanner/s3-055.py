import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "ASC")
    min_price = float(request.args.get("min", 0))
    query = "SELECT name, price FROM products WHERE price >= ? ORDER BY " + sort + " " + direction
    conn = sqlite3.connect("store.db")
    rows = conn.execute(query, (min_price,)).fetchall()
    conn.close()
    return {"products": rows}
