import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.route("/pipelines/<name>", methods=["POST"])
def create_pipeline(name):
    spec = yaml.load(request.data, Loader=yaml.Loader)
    steps = spec.get(