import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/import/listing")
def import_listing():
    src = request.json.get("url")
    r = requests.get(src, timeout=10)
    data = r.json()
    return jsonify(name=data.get("name"), species=data.get("spec