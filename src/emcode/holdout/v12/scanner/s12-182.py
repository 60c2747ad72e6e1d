import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.route("/pipelines", methods=["POST"])
def import_pipeline():
    upload = request.files.get("definition")
    if upload is None:
        return jsonify(error="missing file"), 400
    try:
        spec = yaml.safe_load(upload.read())
    except yaml.YAMLError:
        return jsonify(error="invalid YAML"), 400
    if not isinstance(spec, dict):
        return jsonify(error="top level must be a mapping"), 422
    name = spec.get("name")
    steps = spec.get("steps", [])
    if not isinstance(name, str) or not isinstance(steps, list) or not steps:
        return jsonify(error="pipeline needs a name and steps"), 422
    PIPELINES[name] = steps
    return jsonify(name=name, steps=len(steps)), 201
