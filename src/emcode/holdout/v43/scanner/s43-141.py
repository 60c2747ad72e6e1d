import re

import requests
from flask import Flask, request, jsonify

app = Flask(__name__)

GLOSSARY_HOST = "https://glossaries.lingua-agency.com"
SLUG = re.compile(r"[a-z0-9-]{1,40}")


@app.post("/glossary/import")
def import_glossary():
    name = request.json.get("glossary", "")
    if not SLUG.fullmatch(name):
        return jsonify(error="bad glossary name"), 400
    resp = requests.get(f"{GLOSSARY_HOST}/v1/glossaries/{name}.json", timeout=10)
    resp.raise_for_status()
    return jsonify(imported=len(resp.json()))
