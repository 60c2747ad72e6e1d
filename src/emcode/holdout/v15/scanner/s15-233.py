import sqlite3

from flask import Flask, g, request, jsonify

app = Flask(__name__)
DB = "shop.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
    return g.conn


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
    rows = db().execute(sql, params).fetchall()
    return jsonify(rows)
