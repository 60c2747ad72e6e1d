from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/import/invoices")
def import_invoices():
    try:
        root = ET.fromstring(request.get_data())
    except ET.ParseError:
        return jsonify(error="malformed XML"), 400
    invoices = []
    for inv in root.iter("invoice"):
        invoices.append({
            "number": inv.findtext("number"),
            "amount": float(inv.findtext("amount") or 0),
        })
    return jsonify(count=len(invoices), invoices=invoices)
