from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/seedbank/exchange")
def exchange():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)
    names = [e.text for e in doc.findall(".//accession/name")]
    return jsonify(received=names)
