import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/tournaments/config")
def load_config():
    try:
        cfg = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        return jsonify(error="invalid YAML"), 400
    return jsonify(name=cfg.get("name"), rounds=len(cfg.get("rounds", [])))
