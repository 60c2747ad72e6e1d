import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/exhibitions/import")
def import_exhibition():
    spec = yaml.load(request.files["spec"].read(), Loader=yaml.Loader)
    rooms = spec.get("rooms", [])
    objects = sum(len(r.get("objects", [])) for r in rooms)
    return jsonify(rooms=len(rooms), obje