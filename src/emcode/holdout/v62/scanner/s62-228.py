import base64
from pickle import loads as restore

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = []
    if raw:
        items = restore(base64.b64decode(raw))
    return {"items": items}
