import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders")
def orders():
    sql = "SELECT id, total FROM orders WHERE 1=1"
    params = []
    user = request.args.get("user")
    if user:
        sql += " AND customer = ?"
        params.append(user)
    status = request.args.get("status")
    if status:
        sql += " AND status = ?"
        params.append(status)
    con = sqlite3.connect("shop.db")
    return {"orders": con.execute(sql, params).fetchall()}
