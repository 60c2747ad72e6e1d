import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/stock")
def stock():
    category = request.args.get("category")
    max_qty = request.args.get("below", type=int)
    sql = "SELECT name, qty FROM stock WHERE expired = 0"
    params = []
    if category:
        sql += " AND category = ?"
        params.append(category)
    if max_qty is not None:
        sql += " AND qty < ?"
        params.append(max_qty)
    sql += " ORDER BY name"
    with sqlite3.connect("foodbank.db") as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify(rows)
