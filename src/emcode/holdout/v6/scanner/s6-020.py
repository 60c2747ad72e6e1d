import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    sql = "SELECT id, total, created FROM orders WHERE 1=1"
    params = []
    if customer:
        sql += " AND customer = ?"
        params.append(customer)
    sql += " AND status = ? ORDER BY created DESC"
    params.append(status)
    with sqlite3.connect("shop.db") as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify(rows)
