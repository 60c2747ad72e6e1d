import os
from itsdangerous import BadSignature, URLSafeSerializer
from flask import Flask, request

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = []
    if raw:
        try:
            items = signer.loads(raw)
        except BadSignature:
            items = []
    return {"count": len(items), "items": items}
