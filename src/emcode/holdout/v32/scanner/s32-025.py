import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fleet/config", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.get_data(as_text=True), Loader=yaml.UnsafeLoader)
    zones = cfg.get("zones", [])
    return jsonify(zones=len(zones), max_speed=cfg.get("max_speed", 20))
