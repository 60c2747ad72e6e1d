from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    root = ET.fromstring(request.get_data())
    total = sum(float(x.text or 0) for x in root.iter("amount"))
    return jsonify(customer=root.findtext("customer"), total=total)
