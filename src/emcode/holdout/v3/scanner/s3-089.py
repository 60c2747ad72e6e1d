import os

from flask import Flask, request
from itsdangerous import BadSignature, URLSafeSerializer

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["SECRET_KEY"], salt="cart")


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    if not blob:
        return {"items": []}
    try:
        items = signer.loads(blob)
    except BadSignature:
        return {"items": [], "note": "cart reset"}
    if not isinstance(items, list):
        items = []
    return {"items": items, "count": len(it