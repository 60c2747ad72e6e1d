import os

from flask import Flask, request, abort
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
serializer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def cart():
    cookie = request.cookies.get("cart")
    items = []
    if cookie:
        try:
            items = serializer.loads(cookie)
        except BadSignature:
            abort(400)
    lines = [f"{name} x{int(qty)}" for name, qty in items]
    return {"items": lines}
