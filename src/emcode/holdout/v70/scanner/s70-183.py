import base64
from pickle import loads as decode_state

from flask import Flask, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    items = decode_state(base64.b64decode(blob)) if blob else []
    return {"items": items}
