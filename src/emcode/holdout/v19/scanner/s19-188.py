import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/inventory/adjust", methods=["POST"])
def adjust():
    sku = request.form["sku"]
    delta = int(request.form.get("delta", "0"))
    conn = sqlite3.connect("inventory.db")
    row = conn.execute("SELECT qty FROM stock WHERE sku = ?", (sku,)).fetchone()
    if row is None:
        return jsonify(error="unknown sku"), 404
    conn.execute("UPDATE stock SET qty = qty + ? WHERE sku = ?", (delta, sku))
    conn.commit()
    return jsonify({"sku": sku, "qty": row[0] + del