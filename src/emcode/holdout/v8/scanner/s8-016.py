import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
DB = "billing.db"


@app.route("/invoices")
def invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    sql = "SELECT id, amount, due_date FROM invoices"
    params: list[str] = []
    sql += " WHERE customer_id = ?"
    params.append(customer)
    sql += " AND status = ?"
    params.append(status)
    sql += " ORDER BY due_date"
    con = sqlite3.connect(DB)
    try:
        rows = con.execute(sql, params).fetchall()
    finally:
        con.close()
    return jsonify([{"id": r[0], "amount": r[1], "due": r[2]} for r in rows])
