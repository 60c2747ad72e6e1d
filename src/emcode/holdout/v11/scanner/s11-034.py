import sqlite3

from flask import Flask, request, jsonify, g

app = Flask(__name__)
DB = "orders.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
        g.conn.row_factory = sqlite3.Row
    return g.conn


@app.route("/orders")
def list_orders():
    status = request.args.get("status")
    customer = request.args.get("customer")
    sql = "SELECT id, customer, total, status FROM orders"
    clauses = []
    if status:
        clauses.append(f"status = '{status}'")
    if customer:
        clauses.append(f"customer LIKE '%{customer}%'")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC LIMIT 50"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
