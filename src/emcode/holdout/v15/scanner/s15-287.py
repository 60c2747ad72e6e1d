try:
    import cPickle as pickle
except ImportError:
    import pickle
import base64

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    if not raw:
        return jsonify(items=[])
    items = pickle.loads(base64.b64decode(raw))
    return jsonify(items=items)
