import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/pipelines/import", methods=["POST"])
def import_pipeline():
    text = request.files["pipeline"].read().decode("utf-8")
    spec = yaml.safe_load(text)
    if not isinstance(spec, dict):
        return {"error": "pipeline must be a mapping"}, 400
    return {"name": spec.get("name"), "steps": len(spec.get("steps", []))}
