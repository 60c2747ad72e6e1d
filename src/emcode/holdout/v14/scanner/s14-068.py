from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/catalog/import")
def catalog_import():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    tree = etree.fromstring(request.data, parser)
    names = [p.findtext("name") for p in tree.iter("product")]
    return jsonify(imported=names)
