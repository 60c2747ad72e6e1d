from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    try:
        root = DET.fromstring(request.data)
    except (DefusedXmlException, DET.ParseError):
        return jsonify(error="invalid invoice"), 400
    total = sum(float(x.text or 0) for x in root.iter("amount"))
    return jsonify(customer=root.findtext("customer"), total=total)
