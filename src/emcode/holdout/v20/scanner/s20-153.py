from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/feeds/import", methods=["POST"])
def import_feed():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    doc = etree.fromstring(request.files["feed"].read(), parser)
    titles = [t.text for t in doc.iter("title")]
    return jsonify({"count": len(titles), "titles": titles[:10]})
