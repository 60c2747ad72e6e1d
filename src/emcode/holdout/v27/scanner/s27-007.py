from html import escape as h
from flask import Flask, request

app = Flask(__name__)


def row(label: str, value: str) -> str:
    return "<tr><th>" + h(label) + "</th><td>" + h(value) + "</td></tr>"


@app.route("/shipment")
def shipment():
    sid = request.args.get("id", "")
    carrier = request.args.get("carrier", "unknown")
    out = "<table>"
    out += row("Shipment", sid)
    out += row("Carrier", carrier)
    out += row("Target", "2-8 °C")
    out += "</table>"
    return out
