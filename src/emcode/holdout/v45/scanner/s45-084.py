import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/rooms/import")
def import_room():
    cfg = yaml.load(request.files["config"].read(), Loader=yaml.Loader)
    return jsonify(name=cfg.get("name"), puzzles=len(cfg.get("puzzles", [])))
