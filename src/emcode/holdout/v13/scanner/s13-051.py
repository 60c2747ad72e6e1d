import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/invoices")
def invoices():
    customer = request.args.get("customer")
    status = request.args.get("status", "open")
    sql = "SELECT id, amount FROM invoices WHERE status = ?"
    params = [status]
    if customer:
        sql += " AND customer = ?"
        params.append(customer)
    sql += " ORDER BY due"
    con = sqlite3.connect("billing.db")
    rows = con.execute(sql, params).fetchall()
    return jsonify(rows)
