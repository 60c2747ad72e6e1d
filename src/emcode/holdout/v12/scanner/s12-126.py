from flask import Flask, request, jsonify
from defusedxml import ElementTree as SafeET
from defusedxml import DefusedXmlException

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    try:
        root = SafeET.fromstring(request.data)
    except (SafeET.ParseError, DefusedXmlException):
        return jsonify(error="invalid invoice XML"), 400
    lines = []
    for line in root.iter("line"):
        lines.append({"sku": line.findtext("sku"), "qty": int(line.findtext("qty", "0"))})
    customer = root.findtext("customer")
    return jsonify(customer=customer, lines=lines)
