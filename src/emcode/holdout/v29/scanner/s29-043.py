import pickle as pk

from flask import Flask, request, jsonify

app = Flask(__name__)
SCENES = {}


@app.post("/scenes/import")
def import_scene():
    scene = pk.loads(request.data)
    SCENES[scene["name"]] = scene
    return jsonify(ok=True, name=scene["na