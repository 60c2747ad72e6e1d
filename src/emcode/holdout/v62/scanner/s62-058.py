import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/config", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.files["cfg"].read(), Loader=yaml.UnsafeLoader)
    stations = cfg.get("stations", [])
    for s in stations:
        if "name" not in s:
            return f"station missing na