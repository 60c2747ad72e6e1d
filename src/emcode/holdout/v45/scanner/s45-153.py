from urllib.parse import quote

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
BASE = "https://api.ferrylines.example/v1/vessels/"


@app.get("/vessel")
def vessel():
    name = request.args.get("name", "")
    r = requests.get(BASE + quote(name, safe=""), timeout=10)
    if r.status_code == 404:
        return jsonify(error="unknown vessel"), 404
    r.raise_for_status()
    return jsonify(r.json())
