import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def view_cart():
    cookie = request.cookies.get("cart")
    items = []
    if cookie:
        items = decode(base64.b64decode(cookie))
    lines = [f"{i['event']} x{i['qty']}" for i in items]
    return {"items": lines}
