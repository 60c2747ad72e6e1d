import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/timetable/config")
def upload_config():
    try:
        cfg = yaml.safe_load(request.files["config"].read()) or {}
    except yaml.YAMLError:
        return jsonify({"error": "invalid YAML"}), 400
    periods = cfg.get("periods", [])
    return jsonify({"days": cfg.get("days"), "periods": len(periods)})
