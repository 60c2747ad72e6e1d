import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    text = request.get_data(as_text=True)
    spec = yaml.load(text, Loader=yaml.Loader)
    stages = spec.get("stages", [])
    return jsonify(name=spec.get("name"), stages=len(stages))
