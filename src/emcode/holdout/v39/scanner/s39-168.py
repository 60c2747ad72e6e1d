import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/fleet/config", methods=["PUT"])
def put_config():
    try:
        cfg = yaml.safe_load(request.get_data()) or {}
    except yaml.YAMLError:
        return {"error": "invalid yaml"}, 400
    return {"machines": len(cfg.get("machines", []))}
