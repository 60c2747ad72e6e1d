import os

from flask import Flask, render_template, session, request, redirect, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
CSRFProtect(app)

ROOM_TYPES = {"single", "double", "suite"}


@app.route("/cart")
def cart():
    return render_template("cart.html", items=session.get("cart", []))


@app.post("/cart/add")
def add():
    room = request.form.get("room", "")
    if room in ROOM_TYPES:
        session["cart"] = session.get("cart", []) + [room]
    return redirect(url_for("cart"))
