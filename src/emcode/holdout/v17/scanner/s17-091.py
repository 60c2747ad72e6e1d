import sqlite3

from flask import Flask, request, jsonify, g

app = Flask(__name__)
DB = "billing.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
    return g.conn


@app.route("/invoices")
def invoices():
    status = request.args.get("status", "open")
    customer = request.args.get("customer")
    sql = "SELECT id, customer, total, status FROM invoices"
    sql += f" WHERE status = '{status}'"
    if customer:
        sql += f" AND customer = '{customer}'"
    sql += " ORDER BY id DESC"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(zip(("id", "customer", "total", "status"), r)) for r in rows])
