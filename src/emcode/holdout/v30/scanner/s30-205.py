import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/inventory/search")
def inventory_search():
    name = request.args.get("name", "")
    warehouse = request.args.get("warehouse", "MAIN")
    conn = sqlite3.connect("inventory.db")
    query = "SELECT sku, name, qty FROM items WHERE 1=1"
    query += f" AND name LIKE '%{name}%'"
    query += f" AND warehouse = '{warehouse}'"
    rows = conn.execute(query).fetchall()
    conn.close()
    return jsonify([{"sku": r[0], "name": r[1], "qty": r[