from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
ROW = "<tr><td>{sku}</td><td>{qty}</td></tr>"


def row_html(sku, qty):
    return ROW.format(sku=escape(sku), qty=int(qty))


@app.route("/inventory/row")
def inventory_row():
    sku = request.args.get("sku", "")
    qty = request.args.get("qty", "0")
    if not qty.isdigit():
        return "qty must be a number", 400, {"Content-Type": "text/plain"}
    return "<table>" + row_html(sku, qty) + "</table>"
