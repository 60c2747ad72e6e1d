import hashlib
import secrets
import sqlite3

from flask import Flask, request

app = Flask(__name__)


def db():
    return sqlite3.connect("orders.db")


@app.post("/orders")
def new_order():
    item = request.form.get("item", "")
    qty = request.form.get("qty", type=int)
    if not item or not qty or not 0 < qty <= 50:
        return {"error": "item and qty 1-50 required"}, 400
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    with db() as conn:
        conn.execute("INSERT INTO orders (item, qty, tracking_sha256) VALUES (?, ?, ?)", (item, qty, digest))
    return {"tracking": token}, 201
