import os
from flask import Flask, render_template, request, redirect, url_for, flash
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
CSRFProtect(app)
STOCK = {}


@app.route("/")
def index():
    return render_template("index.html", stock=sorted(STOCK.items()))


@app.route("/add", methods=["POST"])
def add():
    name = request.form.get("name", "").strip()
    qty = request.form.get("qty", "0")
    if not name or not qty.isdigit():
        flash("Name and a whole-number quantity are required")
        return redirect(url_for("index"))
    STOCK[name] = STOCK.get(name, 0) + int(qty)
    return redirect(url_for("index"))


@app.route("/item/<name>")
def item(name):
    return render_template("item.html", name=name, qty=STOCK.get(name, 0))
