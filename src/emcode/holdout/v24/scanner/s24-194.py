import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    try:
        spec = yaml.safe_load(request.files["spec"].read())
    except yaml.YAMLError as exc:
        return jsonify(error=f"invalid YAML: {exc}"), 400
    if not isinstance(spec, dict):
        return jsonify(error="spec must be a mapping"), 400
    steps = spec.get("steps") or []
    return jsonify(name=spec.get("name"), steps=len(steps)), 201
