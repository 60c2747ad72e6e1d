import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/orders")
def orders():
    customer = request.args.get("customer", "")
    conn = sqlite3.connect("shop.db")
    cur = conn.execute("SELECT id, total FROM orders WHERE customer = ?", (customer,))
    rows = cur.fetchall()
    conn.close()
    if not rows:
        abort(404)
    return {"orders": [{"id": r[0], "total": r[1]} for r in rows]}
