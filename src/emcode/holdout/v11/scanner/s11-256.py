import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    conn = sqlite3.connect("inventory.db")
    sql = "SELECT sku, qty, location FROM stock"
    sql += f" WHERE sku = '{sku}'"
    rows = conn.execute(sql).fetchall()
    result = []
    for sku_, qty, loc in rows:
        result.append({"sku": sku_, "qty": qty, "loc