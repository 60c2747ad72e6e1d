try:
    import cPickle as pickle
except ImportError:
    import pickle

import base64

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = request.form["cart"]
    cart = pickle.loads(base64.b64decode(blob))
    return jsonify(items=len(cart.get("items", [])), currency=cart.get("currency", "EUR"))
