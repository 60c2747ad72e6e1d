import base64
from pickle import loads as decode, dumps as encode
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = decode(base64.b64decode(raw)) if raw else []
    return {"items": items}


@app.route("/cart/add/<sku>", methods=["POST"])
def add(sku):
    raw = request.cookies.get("cart")
    items = decode(base64.b64decode(raw)) if raw else []
    items.append(sku)
    resp = make_response({"items": items})
    resp.set_cookie("cart", base64.b64encode(encode(items)).decode(), httponly=True, secure=True)
    return resp
