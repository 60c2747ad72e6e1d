import base64
from pickle import loads as deserialize

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    if not blob:
        return "Your cart is empty"
    items = deserialize(base64.b64decode(blob))
    return {"items": items, "count": len(items)}
