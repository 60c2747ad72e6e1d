import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("shop.db")


@app.route("/products")
def products():
    category = request.args.get("category", "")
    max_price = request.args.get("max_price", "1000")
    sql = "SELECT id, name, price FROM products"
    sql += " WHERE active = 1"
    if category:
        sql += f" AND category = '{category}'"
    sql += f" AND price <= {max_price}"
    sql += " ORDER BY price"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(id=r[0], name=r[1], price=r[2]) for r in rows])
