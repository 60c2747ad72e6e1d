try:
    import cPickle as pickle
except ImportError:
    import pickle
import base64

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = base64.b64decode(request.data)
    cart = pickle.loads(blob)
    total = sum(item["price"] * item["qty"] for item in cart)
    return jsonify(items=len(cart), total=total)
