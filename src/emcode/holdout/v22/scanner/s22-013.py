import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    items = []
    if blob:
        items = decode(base64.b64decode(blob))
    return {"items": items, "count": len(items)}
