import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


def load_cart(raw_cookie):
    if not raw_cookie:
        return []
    data = base64.b64decode(raw_cookie)
    return decode(data)


@app.route("/cart")
def cart():
    items = load_cart(request.cookies.get("cart"))
    return {"count": len(items)}
