from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/invoices/import", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    lines = []
    for line in root.iter("line"):
        lines.append({"sku": line.findtext("sku"), "qty": int(line.findtext("qty", "0"))})
    customer = root.findtext("customer")
    return jsonify(customer=customer, lines=lines)
