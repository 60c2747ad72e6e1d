import yaml
from flask import Flask, request

app = Flask(__name__)

@app.route("/config", methods=["PUT"])
def put_config():
    cfg = yaml.safe_load(request.get_data())
    if not isinstance(cfg, dict):
        return {"error": "mapping expected"}, 400
    return {"ok": True, "sections": len(cfg)}
