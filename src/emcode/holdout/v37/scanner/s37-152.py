from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/fleet/compare")
def compare():
    ids = request.args.getlist("drone")
    items = "".join("<li>{}</li>".format(escape(d)) for d in ids)
    html = "<ul>" + items + "</ul>"
    return html
