import base64
import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    try:
        cart = json.loads(base64.b64decode(request.data))
    except (ValueError, json.JSONDecodeError):
        return jsonify(error="bad cart"), 400
    total = 0.0
    for item in cart:
        total += float(item["price"]) * int(item["qty"])
    return jsonify(items=len(cart), total=round(total, 2))
