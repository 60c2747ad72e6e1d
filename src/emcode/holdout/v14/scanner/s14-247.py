import xml.etree.ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/gpx")
def gpx_upload():
    root = ET.fromstring(request.files["track"].read())
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    pts = root.findall(".//g:trkpt", ns)
    return jsonify(points=len(pts))
