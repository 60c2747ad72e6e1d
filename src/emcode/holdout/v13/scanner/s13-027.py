import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/pipelines", methods=["POST"])
def create_pipeline():
    text = request.files["config"].read().decode()
    cfg = yaml.load(text, Loader=yaml.Loader)
    steps = cfg.get("steps", [])
    return {"name": cfg.get("name"), "steps": len(steps)}
