import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.put("/pipelines/<name>")
def put_pipeline(name):
    try:
        spec = yaml.safe_load(request.data)
    except yaml.YAMLError:
        return jsonify(error="invalid YAML"), 400
    if not isinstance(spec, dict) or "steps" not in spec:
        return jsonify(error="missing steps"), 400
    PIPELINES[name] = spec
    return jsonify(steps=len(spec["steps"]))
