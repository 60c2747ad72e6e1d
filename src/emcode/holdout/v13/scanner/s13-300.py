import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/orders")
def orders():
    status = request.args.get("status", "open")
    sql = "SELECT id, total FROM orders WHERE status = ?"
    con = sqlite3.connect("shop.db")
    rows = con.execute(sql, (status,)).fetchall()
    return {"orders": rows}

@app.route("/orders/search")
def search():
    term = request.args.get("q", "")
    sql = "SELECT id FROM orders WHERE note LIKE 