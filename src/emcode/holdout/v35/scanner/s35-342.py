from flask import Flask, jsonify, request

app = Flask(__name__)

PETS = [
    {"id": 1, "desc": "Friendly senior beagle, loves naps"},
    {"id": 2, "desc": "Shy tabby, good with other cats"},
    {"id": 3, "desc": "Energetic husky mix, needs a yard"},
]


@app.get("/pets/search")
def search_pets():
    words = request.args.get("q", "").lower().split()[:5]
    return jsonify([p["id"] for p in PETS if all(w in p["desc"].lower() for w in words)])
