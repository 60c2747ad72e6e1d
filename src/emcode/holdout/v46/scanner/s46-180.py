import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SESSION_SECRET"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")


@app.post("/cart/add")
def add():
    sku = request.form.get("sku", "")[:32]
    cart = session.get("cart", [])
    if sku and sku not in cart:
        cart.append(sku)
    session["cart"] = cart
    return jsonify(cart=cart)
