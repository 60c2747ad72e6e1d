import sqlite3

from flask import Flask, request, jsonify, g

app = Flask(__name__)


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect("orders.db")
        g.conn.row_factory = sqlite3.Row
    return g.conn


@app.route("/orders")
def list_orders():
    sql = "SELECT id, customer, total, status FROM orders"
    clauses, params = [], []
    status = request.args.get("status")
    if status:
        clauses.append("status = ?")
        params.append(status)
    customer = request.args.get("customer")
    if customer:
        clauses.append("customer LIKE ?")
        params.append(f"%{customer}%")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC LIMIT 50"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
