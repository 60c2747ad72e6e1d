from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)
NS = {"g": "http://www.topografix.com/GPX/1/1"}


@app.route("/runs/upload", methods=["POST"])
def upload_run():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.fromstring(request.data, parser=parser)
    points = tree.findall(".//g:trkpt", NS)
    name = tree.findtext(".//g:name", default="", namespaces=NS)
    return jsonify(name=name, points=len(points))
