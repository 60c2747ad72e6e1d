import os
from itsdangerous import URLSafeSerializer, BadSignature
from flask import Flask, request, jsonify

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart-cookie")


def load_session():
    raw = request.cookies.get("cart")
    if not raw:
        return {"items": []}
    try:
        data = signer.loads(raw)
    except BadSignature:
        return {"items": []}
    if not isinstance(data, dict):
        return {"items": []}
    return data


@app.route("/cart")
def view_cart():
    cart = load_session()
    items = cart.get("items", [])
    return jsonify(items=items, count=len(items))
