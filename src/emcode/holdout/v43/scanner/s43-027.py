import os

from flask import Flask, request, make_response
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SIGNING_KEY"], salt="cart-cookie")


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart")
    items = []
    if raw:
        try:
            items = signer.loads(raw)
        except BadSignature:
            items = []
    resp = make_response({"items": items, "count": len(items)})
    return resp
