import os
from itsdangerous import URLSafeSerializer, BadSignature
from flask import Flask, request

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")

@app.route("/cart")
def cart():
    blob = request.cookies.get("cart", "")
    try:
        items = signer.loads(blob) if blob else []
    except BadSignature:
        items = []
    return {"count": len(items)}
