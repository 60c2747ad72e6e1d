import base64
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = request.form["cart"]
    try:
        cart = json.loads(base64.b64decode(blob))
    except (ValueError, TypeError):
        return jsonify(error="bad cart"), 400
    if not isinstance(cart, dict):
        return jsonify(error="bad cart"), 400
    return jsonify(items=len(cart.get("items", [])), currency=cart.get("currency", "EUR"))
