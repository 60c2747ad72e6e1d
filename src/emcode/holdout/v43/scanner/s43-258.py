import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/sites/config")
def site_config():
    cfg = yaml.safe_load(request.files["config"].read()) or {}
    shafts = cfg.get("shafts", [])
    alarms = cfg.get("alarm_thresholds", {})
    return jsonify(shafts=len(shafts), methane_alarm=alarms.get("methane_pp