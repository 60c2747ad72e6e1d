from flask import Flask, request

app = Flask(__name__)


@app.route("/telemetry/compare")
def compare():
    names = request.args.getlist("inverter")
    items = []
    for n in names:
        items.append("<li>" + n + "</li>")
    html_out = "<ul class='inverters'>" + "".join(items) + "</ul>"
    return html_out
