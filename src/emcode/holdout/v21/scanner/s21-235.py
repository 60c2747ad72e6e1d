import os
from itsdangerous import URLSafeSerializer, BadSignature
from flask import Flask, request, make_response

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_KEY"], salt="cart")


def read_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return []
    try:
        items = signer.loads(raw)
    except BadSignature:
        return []
    return [str(i) for i in items][:100]


@app.route("/cart")
def cart():
    return {"items": read_cart()}


@app.route("/cart/add/<sku>", methods=["POST"])
def add(sku):
    items = read_cart() + [sku]
    resp = make_response({"items": items})
    resp.set_cookie("cart", signer.dumps(items), httponly=True, secure=True, samesite="Lax")
    return resp
