from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/meters/import", methods=["POST"])
def import_readings():
    try:
        root = ET.fromstring(request.data)
    except ET.ParseError:
        return jsonify({"error": "malformed XML"}), 400
    readings = [(m.get("id"), float(m.findtext("value") or 0)) for m in root.iter("meter")]
    return jsonify({"count": len(readings)})
