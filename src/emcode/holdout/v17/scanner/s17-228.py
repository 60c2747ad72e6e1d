import sqlite3

from flask import Flask, request, jsonify, g

app = Flask(__name__)


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect("billing.db")
    return g.conn


@app.route("/invoices")
def invoices():
    clauses = ["status = ?"]
    params = [request.args.get("status", "open")]
    customer = request.args.get("customer")
    if customer:
        clauses.append("customer = ?")
        params.append(customer)
    sql = "SELECT id, customer, total, status FROM invoices"
    sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "customer", "total", "status"), r)) for r in rows])
