from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.post("/routes/upload")
def upload_route():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
    tree = etree.parse(request.files["route"], parser)
    points = tree.getroot().findall(".//{*}trkpt")
    return jsonify(points=len(points))
