import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/pipelines/import", methods=["POST"])
def import_pipeline():
    text = request.files["pipeline"].read().decode("utf-8")
    spec = yaml.load(text, Loader=yaml.Loader)
    steps = spec.get("steps", [])
    return {"name": spec.get("name"), "steps": len(steps)}
