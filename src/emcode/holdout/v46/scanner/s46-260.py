import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["CART_SIGNING_KEY"], salt="cart-state")


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart_state")
    items = []
    if raw:
        try:
            items = serializer.loads(raw)
        except BadSignature:
            items = []
    if not isinstance(items, list):
        items = []
    return {"items": items, "count": len(items)}
