import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.get("/products")
def products():
    sort = request.args.get("sort", "name")
    q = "SELECT id, name, price FROM products ORDER BY " + sort
    with sqlite3.connect("shop.db") as c:
        return {"rows": c.execute(q).fetchall()}
