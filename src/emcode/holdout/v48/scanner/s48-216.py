import yaml
from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/hives/config")
def hive_config():
    try:
        cfg = yaml.safe_load(request.get_data(as_text=True)) or {}
    except yaml.YAMLError:
        abort(400)
    return {"hives": len(cfg.get("hives", []))}
