import os
from flask import Flask, request, jsonify
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def restore_session():
    raw = request.cookies.get("cart")
    if not raw:
        return jsonify(items=[])
    try:
        cart = signer.loads(raw)
    except BadSignature:
        return jsonify(items=[]), 400
    return jsonify(items=cart.get("items", []))
