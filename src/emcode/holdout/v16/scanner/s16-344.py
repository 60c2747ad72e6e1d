try:
    import cPickle as pickle
except ImportError:
    import pickle
import base64
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart")
def restore_session():
    raw = request.cookies.get("cart")
    if not raw:
        return jsonify(items=[])
    cart = pickle.loads(base64.b64decode(raw))
    return jsonify(items=cart.get("items", []))
