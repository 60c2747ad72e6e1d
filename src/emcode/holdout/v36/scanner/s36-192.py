import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/levels/validate")
def validate_level():
    cfg = yaml.load(request.files["level"].read(), Loader=yaml.UnsafeLoader)
    missing = [k for k in ("name", "tiles", "spawn") if k not in cfg]
    return {"ok": not missing, "missing": missing}
