import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.put("/pipelines/<name>")
def put_pipeline(name):
    spec = yaml.load(request.data, Loader=yaml.Loader)
    if "steps" not in spec:
        return jsonify(error="missing steps"), 400
    PIPELINES[name] = spec
    return jsonify(steps=len(spec["steps"]))
