import json
from pathlib import Path

from flask import Flask, jsonify

app = Flask(__name__)
CONFIG = Path(__file__).with_name("periods.json")


@app.get("/periods")
def periods():
    with open(CONFIG, encoding="utf-8") as fh:
        data = json.load(fh)
    return jsonify(data["periods"])
