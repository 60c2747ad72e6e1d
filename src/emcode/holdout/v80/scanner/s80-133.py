import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/carpark/permits", methods=["POST"])
def permits():
    plates = request.form.getlist("plate")
    rows = ["<li>%s</li>" % html.escape(p.upper()) for p in plates]
    return "<ul>" + "".join(rows) + "</ul>"
