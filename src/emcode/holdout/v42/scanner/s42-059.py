from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.post("/routes/upload")
def upload_route():
    tree = etree.parse(request.files["route"], PARSER)
    points = tree.getroot().findall(".//{*}trkpt")
    return jsonify(points=len(points))
