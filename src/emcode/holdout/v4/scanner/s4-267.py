import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders")
def orders():
    user = request.args["user"]
    status = request.args.get("status", "open")
    sql = "SELECT id, total FROM orders"
    sql += " WHERE 1=1"
    sql += f" AND customer = '{user}'"
    sql += f" AND status = '{status}'"
    con = sqlite3.connect("shop.db")
    rows = con.execute(sql).fetchall()
    return {"orders": rows}
