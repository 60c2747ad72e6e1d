import os
from flask import Flask, request, make_response
from itsdangerous import URLSafeSerializer, BadSignature

app = Flask(__name__)
signer = URLSafeSerializer(os.environ["CART_SECRET"], salt="cart")


@app.route("/cart")
def cart():
    blob = request.cookies.get("cart")
    try:
        items = signer.loads(blob) if blob else []
    except BadSignature:
        items = []
    resp = make_response({"items": items})
    resp.set_cookie("cart", signer.dumps(items), httponly=True, secure=True, samesite="Lax")
    return resp
