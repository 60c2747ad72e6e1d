from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/invoices")
def invoices():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.data, parser)
    total = sum(float(x.text) for x in root.iter("amount"))
    return jsonify(total=total)
