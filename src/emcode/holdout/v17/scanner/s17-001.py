import base64
from pickle import loads as decode, dumps as encode

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart")
    cart = decode(base64.b64decode(raw)) if raw else []
    return {"items": cart}


@app.route("/cart/add/<int:item_id>", methods=["POST"])
def add_item(item_id):
    raw = request.cookies.get("cart")
    cart = decode(base64.b64decode(raw)) if raw else []
    cart.append(item_id)
    resp = make_response({"items": cart})
    resp.set_cookie("cart", base64.b64encode(encode(cart)).decode())
    return resp
