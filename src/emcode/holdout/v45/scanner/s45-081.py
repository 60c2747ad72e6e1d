import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/rooms/import")
def import_room():
    cfg = yaml.safe_load(request.files["config"].read())
    if not isinstance(cfg, dict):
        return jsonify(error="config must be a mapping"), 400
    return jsonify(name=cfg.get("name"), puzzles=len(cfg.get("puzzles", [])))
