import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    sql = "SELECT sku, qty, location FROM stock"
    sql += f" WHERE sku = '{sku}'"
    conn = sqlite3.connect("warehouse.db")
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify([{"sku": r[0], "qty": r[1], "loc