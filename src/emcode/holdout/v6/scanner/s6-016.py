import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)

@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    status = request.args.get("status", "open")
    sql = "SELECT id, total, created FROM orders"
    sql += " WHERE 1=1"
    if customer:
        sql += f" AND customer = '{customer}'"
    sql += f" AND status = '{status}' ORDER BY created DESC"
    conn = sqlite3.connect("shop.db")
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify(rows)
