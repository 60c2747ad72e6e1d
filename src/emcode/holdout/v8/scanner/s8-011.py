import json
import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


def load_cart(raw_cookie: str | None) -> list:
    if not raw_cookie:
        return []
    try:
        data = signer.loads(raw_cookie)
    except BadSignature:
        return []
    return json.loads(data) if isinstance(data, str) else list(data)


@app.route("/cart")
def cart():
    return {"count": len(load_cart(request.cookies.get("cart")))}
