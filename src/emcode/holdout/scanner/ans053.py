import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    conn = sqlite3.connect("shop.db")
    query = "SELECT id, total, created_at FROM orders WHERE customer_name = ?"
    query += " ORDER BY created_at DESC"
    params = (customer,)
    rows = conn.execute(query, params).fetchall()
    conn.close()
    return {"orders": rows}
