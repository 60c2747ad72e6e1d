import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("billing.db")


@app.route("/invoices")
def invoices():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    sql = "SELECT id, amount, due_date FROM invoices"
    sql += " WHERE 1=1"
    if customer:
        sql += f" AND customer_name = '{customer}'"
    sql += f" AND status = '{status}'"
    sql += " ORDER BY due_date"
    rows = db().execute(sql).fetchall()
    return jsonify([{"id": r[0], "amount": r[1], "due": r[2]} for r in rows])
