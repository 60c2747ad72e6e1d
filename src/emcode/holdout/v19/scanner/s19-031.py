from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/invoices", methods=["POST"])
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    number = root.findtext("number")
    total = root.findtext("total")
    return jsonify(number=number, total=total)
