from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    root = ET.fromstring(request.data)
    total = sum(float(line.findtext("amount", "0")) for line in root.iter("line"))
    return jsonify(number=root.findtext("number"), total=total)
