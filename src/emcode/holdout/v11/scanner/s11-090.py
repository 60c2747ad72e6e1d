import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.post("/pipelines/<name>")
def upload_pipeline(name):
    try:
        spec = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError as exc:
        return jsonify(error=str(exc).splitlines()[0]), 400
    if not isinstance(spec, dict) or not isinstance(spec.get("steps", []), list):
        return jsonify(error="spec must be a mapping with a steps list"), 400
    PIPELINES[name] = spec.get("steps", [])
    return jsonify(name=name, steps=len(PIPELINES[name]))
