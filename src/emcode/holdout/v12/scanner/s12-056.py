import sqlite3
from flask import Flask, request, jsonify, g

app = Flask(__name__)
DB_PATH = "billing.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/orders")
def orders():
    customer = request.args.get("customer")
    status = request.args.get("status")
    sql = "SELECT id, customer, total, status FROM orders WHERE 1=1"
    if customer:
        sql += f" AND customer = '{customer}'"
    if status:
        sql += f" AND status = '{status}'"
    sql += " ORDER BY created_at DESC LIMIT 50"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])
