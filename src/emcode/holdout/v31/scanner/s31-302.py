from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/collection/import-lido")
def import_lido():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.data, parser)
    titles = [t.text for t in root.iter("{http://www.lido-schema.org}appellationValue")]
    return jsonify(count=len(titles), titles=titles[:20])
