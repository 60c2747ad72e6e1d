import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/orders")
def orders():
    uid = request.args.get("user_id", type=int)
    conn = sqlite3.connect("shop.db")
    query = "SELECT id, total FROM orders WHERE user_id = ?"
    rows = conn.execute(query, (uid,)).fetchall()
    return jsonify([{"id": r[0], "total": r[1]} for r in rows