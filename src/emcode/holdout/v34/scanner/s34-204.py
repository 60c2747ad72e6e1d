import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["CART_SIGNING_KEY"], salt="cart")


@app.route("/cart")
def view_cart():
    blob = request.cookies.get("cart")
    cart = {}
    if blob:
        try:
            cart = serializer.loads(blob)
        except BadSignature:
            cart = {}
    lines = [f"{item}: {qty}" for item, qty in cart.items()]
    return {"items": lines}
