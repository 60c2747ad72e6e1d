import os

from flask import Flask, request, redirect
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
CSRFProtect(app)
PRICES = {}


@app.post("/prices/<sku>")
def set_price(sku):
    PRICES[sku] = float(request.form["price"])
    return redirect("/prices")
