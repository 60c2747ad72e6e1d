import base64
from pickle import loads as decode
from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart")
    items = decode(base64.b64decode(raw)) if raw else []
    total = sum(i["price"] * i["qty"] for i in items)
    return {"items": len(items), "total": total}
