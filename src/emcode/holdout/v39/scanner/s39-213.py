import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/fleet/config", methods=["PUT"])
def put_config():
    cfg = yaml.load(request.get_data(), Loader=yaml.Loader)
    return {"machines": len(cfg.get("machines", []))}
