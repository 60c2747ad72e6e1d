import base64
try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


def load_session():
    raw = request.cookies.get("cart")
    if not raw:
        return {"items": []}
    return pickle.loads(base64.b64decode(raw))


@app.route("/cart")
def view_cart():
    cart = load_session()
    return jsonify(items=cart.get("items", []), count=len(cart.get("items", [])))
