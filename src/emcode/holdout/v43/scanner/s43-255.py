import base64
import pickle as pk

from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/cart")
def show_cart():
    raw = request.cookies.get("cart")
    items = []
    if raw:
        items = pk.loads(base64.b64decode(raw))
    resp = make_response({"items": items, "count": len(items)})
    return resp
