import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    status = request.args.get("status")
    sql = "SELECT id, total FROM orders WHERE customer = ?"
    params = [customer]
    if status:
        sql += " AND status = ?"
        params.append(status)
    rows = sqlite3.connect("shop.db").execute(sql, par