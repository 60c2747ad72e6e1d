import html
from flask import Flask, request, Response

app = Flask(__name__)
VALID_UNITS = {"kg", "lb", "pcs"}


@app.route("/inventory/convert")
def convert():
    unit = request.args.get("unit", "")
    qty = request.args.get("qty", "0")
    if unit not in VALID_UNITS:
        msg = "Unknown unit: " + html.escape(unit)
        return Response(msg, status=400, mimetype="text/plain")
    try:
        value = float(qty)
    except ValueError:
        return Response("qty must be a number", status=400, mimetype="text/plain")
    factor = {"kg": 1.0, "lb": 0.4536, "pcs": 1.0}[unit]
    return Response(f"{value * factor:.2f}", mimetype="text/plain")
