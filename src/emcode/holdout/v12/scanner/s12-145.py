import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/checkout/summary", methods=["POST"])
def summary():
    name = html.escape(request.form.get("name", ""))
    items = request.form.getlist("item")
    out = "<h1>Thanks, " + name + "</h1><ul>"
    for item in items:
        out += "<li>%s</li>" % item
    out += "</ul>"
    return out
