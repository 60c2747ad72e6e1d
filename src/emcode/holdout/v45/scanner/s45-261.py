import json
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
CONFIG = json.loads((Path(__file__).parent / "rooms.json").read_text())


@app.route("/rooms")
def rooms():
    return jsonify([{"slug": r["slug"], "name": r["name"], "minutes": r["minutes"]} for r in CONFIG["rooms"]])
