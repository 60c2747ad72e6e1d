import os

from flask import Flask, request, jsonify
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    if not raw:
        return jsonify(items=[])
    try:
        items = signer.loads(raw)
    except BadSignature:
        return jsonify(error="bad cart"), 400
    if not isinstance(items, list):
        return jsonify(error="bad cart"), 400
    return jsonify(items=items)
