import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_conn():
    conn = sqlite3.connect("billing.db")
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/invoices")
def list_invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status")
    sql = "SELECT id, amount, status, issued_at FROM invoices"
    sql += f" WHERE customer_id = '{customer}'"
    if status:
        sql += f" AND status = '{status}'"
    sql += " ORDER BY issued_at DESC"
    with get_conn() as conn:
        rows = conn.execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
