import sqlite3
from flask import Flask, request, jsonify, g

app = Flask(__name__)
DB = "billing.db"


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB)
    return g.db


@app.route("/orders")
def orders():
    status = request.args.get("status")
    customer = request.args.get("customer")
    sql = "SELECT id, customer, total, status FROM orders WHERE 1=1"
    params = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    if customer:
        sql += " AND customer = ?"
        params.append(customer)
    sql += " ORDER BY id DESC LIMIT 50"
    cur = db().execute(sql, params)
    return jsonify([dict(zip(("id", "customer", "total", "status"), r)) for r in cur.fetchall()])
