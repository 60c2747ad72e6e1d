import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fleet/config", methods=["POST"])
def upload_config():
    cfg = yaml.safe_load(request.get_data(as_text=True)) or {}
    if not isinstance(cfg, dict):
        return jsonify(error="config must be a mapping"), 400
    zones = cfg.get("zones", [])
    return jsonify(zones=len(zones), max_speed=int(cfg.get("max_speed", 20)))
