import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/tournaments/config")
def load_config():
    cfg = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return jsonify(name=cfg.get("name"), rounds=len(cfg.get("rounds", [])))
