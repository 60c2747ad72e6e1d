import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices")
def list_invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status")
    sql = "SELECT id, amount, status, issued_at FROM invoices"
    sql += " WHERE customer_id = ?"
    params = [customer]
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY issued_at DESC"
    conn = sqlite3.connect("billing.db")
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(sql, params).fetchall()
    finally:
        conn.close()
    return jsonify([dict(r) for r in rows])
