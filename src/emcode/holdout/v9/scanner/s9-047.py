import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines")
def create_pipeline():
    text = request.get_data(as_text=True)
    spec = yaml.load(text, Loader=yaml.Loader)
    stages = spec.get("stages", [])
    return {"stages": [s["name"] for s in stages]}
