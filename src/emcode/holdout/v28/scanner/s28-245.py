from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/bol/parse")
def parse_bol():
    try:
        root = ET.fromstring(request.get_data())
    except ET.ParseError:
        return jsonify({"error": "malformed XML"}), 400
    return jsonify({
        "shipper": root.findtext("shipper/name"),
        "consignee": root.findtext("consignee/name"),
        "containers": [c.text for c in root.iterfind("containers/container")],
    })
