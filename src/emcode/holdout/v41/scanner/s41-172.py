from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/telemetry/compare")
def compare():
    names = request.args.getlist("inverter")
    items = ["<li>{}</li>".format(escape(n)) for n in names]
    html_out = "<ul class='inverters'>" + "".join(items) + "</ul>"
    return html_out
