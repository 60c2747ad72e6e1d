import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/campaigns/import")
def import_campaign():
    cfg = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    return {"title": cfg["title"], "tiers": len(cfg.get("tiers", []))}
