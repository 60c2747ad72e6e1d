from flask import Flask, request, jsonify
from defusedxml import ElementTree as ET

app = Flask(__name__)
NS = "{http://www.lido-schema.org}"


@app.post("/collection/import-lido")
def import_lido():
    root = ET.fromstring(request.data)
    titles = [t.text for t in root.iter(NS + "appellationValue")]
    return jsonify(count=len(titles), titles=titles[:20])
