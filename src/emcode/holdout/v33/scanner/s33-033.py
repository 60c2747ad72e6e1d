from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.post("/import/citations")
def import_citations():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    items = [{"plate": c.findtext("plate"), "zone": c.findtext("zone")} for c in root.iter("citation")]
    return jsonify(count=len(items), items=items)
