import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/orders")
def orders():
    customer = request.args.get("customer")
    sql = "SELECT id, total FROM orders "
    sql += f"WHERE customer_id = '{customer}' "
    sql += "ORDER BY id DESC"
    con = sqlite3.connect("shop.db")
    rows = con.execute(sql).fetchall()
    return {"orders": rows}
