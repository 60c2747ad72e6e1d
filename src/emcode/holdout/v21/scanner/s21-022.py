import os
import sqlite3
from flask import Flask, session, jsonify, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/orders/<int:order_id>")
def order(order_id):
    uid = session.get("uid")
    if uid is None:
        abort(401)
    conn = sqlite3.connect("shop.db")
    row = conn.execute("SELECT id, total, address FROM orders WHERE id = ? AND user_id = ?", (order_id, uid)).fetchone()
    conn.close()
    if row is None:
        abort(404)
    return jsonify(id=row[0], total=row[1], address=row[2])
