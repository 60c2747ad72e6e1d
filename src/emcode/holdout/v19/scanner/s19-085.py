import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/orders")
def list_orders():
    status = request.args.get("status")
    customer = request.args.get("customer")
    sql = "SELECT id, customer, total, status FROM orders"
    clauses, params = [], []
    if status:
        clauses.append("status = ?")
        params.append(status)
    if customer:
        clauses.append("customer = ?")
        params.append(customer)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC"
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(sql, params).fetchall()
    conn.close()
    return jsonify(rows)
