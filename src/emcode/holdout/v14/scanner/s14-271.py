from defusedxml.ElementTree import fromstring
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/gpx")
def gpx_upload():
    root = fromstring(request.files["track"].read())
    ns = {"g": "http://www.topografix.com/GPX/1/1"}
    return jsonify(points=len(root.findall(".//g:trkpt", ns)))
