from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/seedbank/exchange")
def exchange():
    try:
        doc = ET.fromstring(request.data)
    except ET.ParseError:
        return jsonify(error="invalid xml"), 400
    names = [e.text for e in doc.findall(".//accession/name")]
    return jsonify(received=names)
