from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from flask import Flask, request, jsonify

app = Flask(__name__)
NS = {"g": "http://www.topografix.com/GPX/1/1"}


@app.route("/runs/upload", methods=["POST"])
def upload_run():
    try:
        root = SafeET.fromstring(request.data)
    except (DefusedXmlException, SafeET.ParseError):
        return jsonify(error="invalid GPX"), 400
    points = root.findall(".//g:trkpt", NS)
    name = root.findtext(".//g:name", default="", namespaces=NS)
    return jsonify(name=name, points=len(points))
