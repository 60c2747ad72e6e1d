import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/inventory/adjust", methods=["POST"])
def adjust():
    sku = request.form["sku"]
    delta = int(request.form.get("delta", "0"))
    conn = sqlite3.connect("inventory.db")
    cur = conn.cursor()
    cur.execute(f"SELECT qty FROM stock WHERE sku = '{sku}'")
    row = cur.fetchone()
    if row is None:
        return jsonify(error="unknown sku"), 404
    new_qty = row[0] + delta
    if new_qty < 0:
        return jsonify(error="insufficient st