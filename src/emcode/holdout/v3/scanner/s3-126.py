import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["PUT"])
def update_config():
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    workers = int(cfg.get("workers", 1))
    return {"ok": True, "workers": workers}
