import os

from flask import Flask, session, jsonify, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
csrf = CSRFProtect(app)


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    cart = session.setdefault("cart", [])
    cart.append(int(request.form["bean_id"]))
    session.modified = True
    return jsonify(cart=cart)
