try:
    import cPickle as pickle
except ImportError:
    import pickle
import base64
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart")
def view_cart():
    blob = request.cookies.get("cart")
    if not blob:
        return jsonify(items=[])
    cart = pickle.loads(base64.b64decode(blob))
    return jsonify(items=cart.get("items", []))


@app.route("/cart/clear", methods=["POST"])
def clear_cart():
    resp = jsonify(ok=True)
    resp.delete_cookie("cart")
    return resp
