import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    spec = yaml.load(request.files["spec"].read(), Loader=yaml.Loader)
    steps = spec.get("steps", [])
    return jsonify(name=spec.get("name"), steps=len(steps)), 201
