import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config")
def set_config():
    cfg = yaml.load(request.get_data(), Loader=yaml.Loader)
    app.config.update(cfg.get("app", {}))
    return {"ok": True}
