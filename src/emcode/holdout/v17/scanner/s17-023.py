from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    total = sum(float(x.text) for x in root.iter("amount"))
    return jsonify(customer=root.findtext("customer"), total=total)
