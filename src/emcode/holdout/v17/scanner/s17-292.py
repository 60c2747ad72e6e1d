import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PIPELINES: dict[str, list] = {}


@app.route("/pipelines/<name>", methods=["POST"])
def create_pipeline(name):
    try:
        spec = yaml.safe_load(request.get_data(as_text=True))
    except yaml.YAMLError:
        abort(400, "invalid YAML")
    if not isinstance(spec, dict) or not isinstance(spec.get("steps"), list):
        abort(400, "spec needs a list of steps")
    PIPELINES[name] = spec["steps"]
    return jsonify(name=name, steps=len(spec["steps"]))
