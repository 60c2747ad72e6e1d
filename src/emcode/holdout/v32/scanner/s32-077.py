import sqlite3

from flask import Flask, request, jsonify, g

app = Flask(__name__)
DB = "roastery.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/orders")
def orders():
    customer = request.args.get("customer")
    status = request.args.get("status")
    base = "SELECT id, customer, bean, grams, status FROM orders WHERE 1 = 1"
    filters = ""
    if customer:
        filters += f" AND customer = '{customer}'"
    if status:
        filters += f" AND status = '{status}'"
    rows = get_db().execute(base + filters + " ORDER BY id DESC").fetchall()
    return jsonify([dict(r) for r in rows])
