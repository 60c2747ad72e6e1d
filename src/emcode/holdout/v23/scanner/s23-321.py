from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    total = 0.0
    for line in doc.iter("line"):
        total += float(line.findtext("amount", "0"))
    return jsonify(customer=doc.findtext("customer"), tot