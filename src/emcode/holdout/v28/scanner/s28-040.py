import base64
from pickle import loads as decode_state

from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = []
    if raw:
        items = decode_state(base64.b64decode(raw))
    return render_template("cart.html", items=items)
