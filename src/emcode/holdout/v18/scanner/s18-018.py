import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "billing.db"


@app.route("/invoices")
def list_invoices():
    customer = request.args.get("customer")
    status = request.args.get("status", "open")
    sql = "SELECT id, customer, amount, status FROM invoices"
    sql += " WHERE 1=1"
    params = []
    if customer:
        sql += " AND customer = ?"
        params.append(customer)
    sql += " AND status = ?"
    params.append(status)
    sql += " ORDER BY id DESC"
    with sqlite3.connect(DB) as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "customer", "amount", "status"), r)) for r in rows])
