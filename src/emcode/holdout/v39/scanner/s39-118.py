import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart", "")
    try:
        items = signer.loads(raw) if raw else []
    except BadSignature:
        items = []
    return {"items": items}
