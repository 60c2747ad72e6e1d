from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    total = sum(float(x.text) for x in root.iter("amount"))
    return jsonify(customer=root.findtext("customer"), total=total)
