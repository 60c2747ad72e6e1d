import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)

def db():
    return sqlite3.connect("billing.db")

@app.route("/invoices")
def invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    sql = "SELECT id, amount, due FROM invoices"
    sql += " WHERE 1=1"
    if customer:
        sql += f" AND customer = '{customer}'"
    sql += f" AND status = '{status}'"
    sql += " ORDER BY due"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(zip(("id", "amount", "due"), r)) for r in rows])
