import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/levels/validate")
def validate_level():
    try:
        cfg = yaml.safe_load(request.files["level"].read())
    except yaml.YAMLError as exc:
        return {"ok": False, "error": "invalid YAML"}, 400
    if not isinstance(cfg, dict):
        return {"ok": False, "error": "top level must be a mapping"}, 400
    missing = [k for k in ("name", "tiles", "spawn") if k not in cfg]
    return {"ok": not missing, "missing": missing}
