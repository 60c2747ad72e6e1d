import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/pipelines", methods=["POST"])
def create():
    cfg = yaml.safe_load(request.files["config"].read().decode()) or {}
    return {"name": cfg.get("name"), "steps": len(cfg.get("steps", []))}
