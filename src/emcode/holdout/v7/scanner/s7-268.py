import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.route("/pipelines/<name>", methods=["PUT"])
def put_pipeline(name):
    spec = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    steps = spec.get("steps", [])
    PIPELINES[name] = steps
    return jsonify(name=name, steps=len(steps))


@app.route("/pipelines")
def pipelines():
    return jsonify(sorted(PIPELINES))
