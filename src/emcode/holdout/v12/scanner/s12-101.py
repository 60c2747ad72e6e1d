import html
from flask import Flask, request

app = Flask(__name__)


def h(value):
    return html.escape(str(value), quote=True)


@app.route("/checkout/summary", methods=["POST"])
def summary():
    name = request.form.get("name", "")
    address = request.form.get("address", "")
    items = request.form.getlist("item")
    out = "<h1>Thanks, " + h(name) + "</h1>"
    out += "<p>Shipping to: " + h(address) + "</p><ul>"
    for item in items:
        out += "<li>" + h(item) + "</li>"
    out += "</ul>"
    return out
