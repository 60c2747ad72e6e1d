import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SCENES = {}


@app.post("/scenes/import")
def import_scene():
    try:
        scene = json.loads(request.data)
    except ValueError:
        abort(400)
    SCENES[str(scene["na