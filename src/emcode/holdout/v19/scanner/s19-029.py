import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)
PIPELINES = {}


@app.route("/pipelines/<name>", methods=["PUT"])
def put_pipeline(name):
    text = request.get_data(as_text=True)
    try:
        spec = yaml.load(text, Loader=yaml.Loader)
    except yaml.YAMLError as exc:
        return jsonify(error=str(exc)), 400
    PIPELINES[name] = spec
    return jsonify(stages=len(spec.get("stages", [])))
