import sqlite3
from datetime import date

from flask import Flask, request, jsonify

app = Flask(__name__)
TABLE = "expenses"
COLUMNS = ("id", "category", "amount", "spent_on")


@app.get("/expenses")
def expenses():
    cols = ", ".join(COLUMNS)
    sql = f"SELECT {cols} FROM {TABLE} WHERE spent_on BETWEEN ? AND ?"
    params = [request.args.get("from", "1970-01-01"), request.args.get("to", date.today().isoformat())]
    category = request.args.get("category")
    if category:
        sql += " AND category = ?"
        params.append(category)
    with sqlite3.connect("budget.db") as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([dict(zip(COLUMNS, r)) for r in rows])


@app.post("/expenses")
def add_expense():
    body = request.get_json(force=True)
    with sqlite3.connect("budget.db") as conn:
        conn.execute(f"INSERT INTO {TABLE} (category, amount, spent_on) VALUES (?, ?, ?)",
                     (str(body["category"]), float(body["amount"]), str(body["spent_on"])))
    return jsonify(ok=True), 201
