import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    text = request.files["pipeline"].read().decode("utf-8")
    spec = yaml.unsafe_load(text)
    steps = spec.get("steps", [])
    for step in steps:
        if "name" not in step:
            return {"error": "every step needs a name"}, 400
    # store the pipeline
    pipeline_id = save_pipel