import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/dashboards/import", methods=["POST"])
def import_dashboard():
    raw = request.files["config"].read()
    cfg = yaml.load(raw, Loader=yaml.UnsafeLoader)
    panels = cfg.get("panels", [])
    for p in panels:
        p.setdefault("width", 6)
    return jsonify(title=cfg.get("title"), panels=len(pan