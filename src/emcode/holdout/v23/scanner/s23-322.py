from defusedxml.ElementTree import fromstring
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    doc = fromstring(request.get_data())
    total = 0.0
    for line in doc.iter("line"):
        total += float(line.findtext("amo