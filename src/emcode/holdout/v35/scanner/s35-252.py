import re

from flask import Flask, jsonify, request

app = Flask(__name__)

PETS = [
    {"id": 1, "desc": "Friendly senior beagle, loves naps"},
    {"id": 2, "desc": "Shy tabby, good with other cats"},
    {"id": 3, "desc": "Energetic husky mix, needs a yard"},
]


@app.get("/pets/grep")
def grep_pets():
    pattern = request.args.get("re", "")
    try:
        rx = re.compile(pattern, re.I)
    except re.error:
        return jsonify(error="bad pattern"), 400
    return jsonify([p["id"] for p in PETS if rx.search(p["desc"])])
