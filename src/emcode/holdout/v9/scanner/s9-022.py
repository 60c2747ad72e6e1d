import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices")
def invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    sql = "SELECT id, amount, due_date FROM invoices WHERE 1=1"
    params = []
    if customer:
        sql += " AND customer_name = ?"
        params.append(customer)
    sql += " AND status = ?"
    params.append(status)
    sql += " ORDER BY due_date"
    con = sqlite3.connect("billing.db")
    rows = con.execute(sql, params).fetchall()
    return jsonify([{"id": r[0], "amount": r[1], "due": r[2]} for r in rows])
