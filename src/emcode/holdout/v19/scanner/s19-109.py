from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.route("/catalog/import", methods=["POST"])
def import_catalog():
    root = etree.fromstring(request.data, SAFE_PARSER)
    skus = [e.text for e in root.iter("sku")]
    return jsonify(count=len(skus))
