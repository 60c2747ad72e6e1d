import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.route("/pipelines/<name>", methods=["PUT"])
def put_pipeline(name):
    text = request.get_data(as_text=True)
    try:
        spec = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return jsonify(error="invalid yaml"), 400
    if not isinstance(spec, dict):
        return jsonify(error="expected a mapping"), 400
    PIPELINES[name] = spec
    return jsonify(stages=len(spec.get("stages", [])))
