import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/glossary/import")
def import_glossary():
    src = request.json.get("url", "")
    if "glossaries.lingua-agency.com" not in src:
        return jsonify(error="only agency glossary server allowed"), 400
    terms = requests.get(src, timeout=10).json()
    return jsonify(imported=len(terms))
