import os
from itsdangerous import URLSafeSerializer, BadSignature
from flask import Flask, request, make_response

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


def read_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return []
    try:
        cart = signer.loads(raw)
    except BadSignature:
        return []
    return [str(s) for s in cart] if isinstance(cart, list) else []


@app.route("/cart/add/<sku>")
def add_to_cart(sku):
    cart = read_cart()
    cart.append(sku)
    resp = make_response({"ok": True, "count": len(cart)})
    resp.set_cookie("cart", signer.dumps(cart), httponly=True, secure=True, samesite="Lax")
    return resp
