from defusedxml import ElementTree as ET
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/import/citations")
def import_citations():
    root = ET.fromstring(request.data)
    items = [{"plate": c.findtext("plate"), "zone": c.findtext("zone")} for c in root.iter("citation")]
    return jsonify(count=len(items), items=items)
