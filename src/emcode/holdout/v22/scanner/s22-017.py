import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    items = []
    if blob:
        try:
            items = signer.loads(blob)
        except BadSignature:
            items = []
    return {"items": items, "count": len(items)}
