import yaml
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PIPELINES = {}


@app.route("/pipelines/<name>", methods=["PUT"])
def put_pipeline(name):
    try:
        spec = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        abort(400)
    steps = spec.get("steps", []) if isinstance(spec, dict) else None
    if not isinstance(steps, list):
        abort(400)
    PIPELINES[name] = steps
    return jsonify(name=name, steps=len(steps))
