from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.post("/fitting/upload-noah")
def upload_noah():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.get_data(), parser)
    sessions = root.findall(".//FittingSession")
    return jsonify(patient=root.findtext("PatientId"), sessions=len(sessions))
