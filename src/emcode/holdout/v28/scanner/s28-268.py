import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/timetable/config")
def upload_config():
    cfg = yaml.load(request.files["config"].read(), Loader=yaml.Loader)
    periods = cfg.get("periods", [])
    return jsonify({"days": cfg.get("days"), "periods": len(periods)})
