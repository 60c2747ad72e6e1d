import os

from flask import Flask, request, make_response
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


def read_cart():
    raw = request.cookies.get("cart")
    if not raw:
        return []
    try:
        data = signer.loads(raw)
    except BadSignature:
        return []
    return [int(x) for x in data if isinstance(x, int)]


@app.route("/cart/add/<int:item_id>", methods=["POST"])
def add_item(item_id):
    cart = read_cart()
    cart.append(item_id)
    resp = make_response({"items": cart})
    resp.set_cookie("cart", signer.dumps(cart), httponly=True, secure=True, samesite="Lax")
    return resp
