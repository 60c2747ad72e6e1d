import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    location = request.args.get("location")
    sql = "SELECT sku, qty, location FROM stock WHERE sku = ?"
    params = [sku]
    if location:
        sql += " AND location = ?"
        params.append(location)
    conn = sqlite3.connect("warehouse.db")
    rows = conn.execute(sql, params).fetchall()
    conn.close()
    return jsonify([{"sku": r[0], "qty": r[1], "loc": r[2]} for r in rows