from flask import Flask, request, redirect, url_for

app = Flask(__name__)
DESTINATIONS = {"home": "index", "cart": "cart", "orders": "orders"}


@app.route("/")
def index():
    return "home"


@app.route("/cart")
def cart():
    return "cart"


@app.route("/orders")
def orders():
    return "orders"


@app.route("/jump")
def jump():
    dest = DESTINATIONS.get(request.args.get("to", "home"), "index")
    return redirect(url_for(dest))
