try:
    import cPickle as pickle
except ImportError:
    import pickle
import base64
import json
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart")
def view_cart():
    blob = request.cookies.get("cart")
    if not blob:
        return jsonify(items=[])
    try:
        cart = json.loads(base64.b64decode(blob))
    except (ValueError, TypeError):
        return jsonify(items=[]), 400
    items = [str(x) for x in cart.get("items", [])][:50]
    return jsonify(items=items)


def snapshot_catalog(catalog: dict, path: str = "catalog.cache") -> None:
    with open(path, "wb") as fh:
        pickle.dump(catalog, fh)
