from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/fitting/upload-noah")
def upload_noah():
    root = ET.fromstring(request.get_data())
    sessions = root.findall(".//FittingSession")
    return jsonify(patient=root.findtext("PatientId"), sessions=len(sessions))
