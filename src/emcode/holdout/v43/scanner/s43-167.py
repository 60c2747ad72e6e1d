from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/xliff/stats")
def xliff_stats():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    units = root.findall(".//{urn:oasis:names:tc:xliff:document:1.2}trans-unit")
    return jsonify(units=len(units))
