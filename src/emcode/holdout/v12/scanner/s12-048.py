import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.route("/pipelines", methods=["POST"])
def import_pipeline():
    upload = request.files.get("definition")
    if upload is None:
        return jsonify(error="missing file"), 400
    spec = yaml.load(upload.read(), Loader=yaml.Loader)
    name = spec.get("name")
    steps = spec.get("steps", [])
    if not name or not steps:
        return jsonify(error="pipeline needs a name and steps"), 422
    PIPELINES[name] = steps
    return jsonify(name=name, steps=len(steps)), 201
