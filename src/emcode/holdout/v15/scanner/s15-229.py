import sqlite3

from flask import Flask, g, request, jsonify

app = Flask(__name__)
DB = "shop.db"


def db():
    if "conn" not in g:
        g.conn = sqlite3.connect(DB)
    return g.conn


@app.route("/orders")
def list_orders():
    status = request.args.get("status")
    customer = request.args.get("customer")
    sql = "SELECT id, customer, total, status FROM orders"
    clauses = []
    if status:
        clauses.append(f"status = '{status}'")
    if customer:
        clauses.append(f"customer = '{customer}'")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC"
    rows = db().execute(sql).fetchall()
    return jsonify(rows)
