import yaml
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    text = request.get_data(as_text=True)
    try:
        spec = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        abort(400)
    if not isinstance(spec, dict):
        abort(400)
    steps = spec.get("steps", [])
    return jsonify(name=spec.get("name"), steps=len(steps))
