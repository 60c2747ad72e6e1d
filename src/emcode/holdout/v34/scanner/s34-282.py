import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def view_cart():
    blob = request.cookies.get("cart")
    cart = decode(base64.b64decode(blob)) if blob else {}
    lines = [f"{item}: {qty}" for item, qty in cart.items()]
    return {"items": lines}
