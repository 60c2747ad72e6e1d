import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    text = request.get_data(as_text=True)
    try:
        spec = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return jsonify(error="invalid YAML"), 400
    stages = spec.get("stages", [])
    return jsonify(name=spec.get("name"), stages=len(stages))
