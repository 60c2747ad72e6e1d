import yaml
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
ALLOWED_KEYS = {"name", "schedule", "steps"}


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    try:
        spec = yaml.safe_load(request.get_data(as_text=True))
    except yaml.YAMLError:
        abort(400)
    if not isinstance(spec, dict) or not set(spec) <= ALLOWED_KEYS:
        abort(400)
    steps = [str(s) for s in spec.get("steps", [])]
    return jsonify({"name": spec.get("name"), "steps": len(steps)}), 201
