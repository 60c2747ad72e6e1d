try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    cart = pickle.loads(request.get_data())
    total = sum(item["price"] * item["qty"] for item in cart["items"])
    return jsonify({"items": len(cart["items"]), "total": total})
