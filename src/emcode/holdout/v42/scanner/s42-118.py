from defusedxml import minidom
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/labs/import")
def import_labs():
    doc = minidom.parseString(request.get_data())
    results = []
    for node in doc.getElementsByTagName("result"):
        results.append({"subject": node.getAttribute("subject"), "test": node.getAttribute("test")})
    return jsonify(count=len(results))
