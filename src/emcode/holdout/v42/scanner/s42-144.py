from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/fleet/import-statement")
def import_statement():
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    doc = pulldom.parse(request.files["statement"].stream, parser=parser)
    total = 0.0
    for event, node in doc:
        if event == pulldom.START_ELEMENT and node.tagName == "amount":
            doc.expandNode(node)
            total += float(node.firstChild.data)
    return jsonify(total=round(total, 2))
