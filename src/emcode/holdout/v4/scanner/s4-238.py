import yaml
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/config")
def set_config():
    try:
        cfg = yaml.safe_load(request.get_data())
    except yaml.YAMLError:
        abort(400)
    if not isinstance(cfg, dict):
        abort(400)
    allowed = {k: v for k, v in cfg.get("app", {}).items() if k in {"PAGE_SIZE", "THEME"}}
    app.config.update(allowed)
    return {"ok": True}
