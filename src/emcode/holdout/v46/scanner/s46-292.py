import base64
from pickle import loads as decode_state

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart_state")
    items = []
    if raw:
        items = decode_state(base64.b64decode(raw))
    return {"items": items, "count": len(items)}
