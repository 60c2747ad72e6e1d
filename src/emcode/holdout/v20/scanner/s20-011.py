import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    cookie = request.cookies.get("cart")
    items = []
    if cookie:
        items = decode(base64.b64decode(cookie))
    lines = [f"{name} x{qty}" for name, qty in items]
    return {"items": lines}
