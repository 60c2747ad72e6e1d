import base64
from pickle import loads as restore, dumps as freeze

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart")
    cart = restore(base64.b64decode(raw)) if raw else []
    return {"items": cart, "count": len(cart)}


@app.route("/cart/add/<sku>")
def add_to_cart(sku):
    raw = request.cookies.get("cart")
    cart = restore(base64.b64decode(raw)) if raw else []
    cart.append(sku)
    resp = make_response({"ok": True})
    resp.set_cookie("cart", base64.b64encode(freeze(cart)).decode())
    return resp
