from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    total = sum(float(line.findtext("amount")) for line in root.iter("line"))
    return jsonify(number=root.findtext("number"), total=total)
