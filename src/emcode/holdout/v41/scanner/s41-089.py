import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/campaigns/import")
def import_campaign():
    try:
        cfg = yaml.safe_load(request.get_data(as_text=True))
    except yaml.YAMLError:
        return {"error": "invalid yaml"}, 400
    if not isinstance(cfg, dict) or "title" not in cfg:
        return {"error": "missing title"}, 400
    return {"title": str(cfg["title"]), "tiers": len(cfg.get("tiers", []))}
