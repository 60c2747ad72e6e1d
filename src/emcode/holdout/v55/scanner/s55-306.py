import re
from urllib.parse import urlencode

from flask import Flask, request, redirect, url_for, abort

app = Flask(__name__)

ROUTE_CODE = re.compile(r"[A-Z]{3}-[A-Z]{3}")


@app.route("/book")
def book():
    route = request.args.get("route", "").upper()
    if not ROUTE_CODE.fullmatch(route):
        abort(400)
    return redirect(url_for("checkout") + "?" + urlencode({"route": route}))


@app.route("/checkout")
def checkout():
    return "Checkout"
