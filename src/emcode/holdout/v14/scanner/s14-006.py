import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def find_orders(conn, customer=None, status=None, min_total=None):
    sql = "SELECT id, customer, status, total FROM orders"
    clauses = []
    params = []
    if customer:
        clauses.append("customer = ?")
        params.append(customer)
    if status:
        clauses.append("status = ?")
        params.append(status)
    if min_total is not None:
        clauses.append("total >= ?")
        params.append(float(min_total))
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC LIMIT 100"
    return conn.execute(sql, params).fetchall()


@app.route("/orders")
def orders():
    conn = sqlite3.connect("billing.db")
    try:
        rows = find_orders(conn, request.args.get("customer"), request.args.get("status"),
                           request.args.get("min_total"))
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "customer", "status", "total"), r)) for r in rows])
