import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/orders")
def orders():
    uid = request.args.get("user_id")
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id, total FROM orders WHERE user_id = {uid}")
    rows = cur.fetchall()
    result = []
    for r in rows:
        result.append({"id": r[0], "total":