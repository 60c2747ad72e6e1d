import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.post("/pipelines/<name>")
def upload_pipeline(name):
    spec = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    steps = spec.get("steps", [])
    PIPELINES[name] = steps
    return jsonify(name=name, steps=len(steps))
