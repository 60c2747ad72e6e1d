import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/campaigns")
def create_campaign():
    spec = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    segments = spec.get("segments", [])
    if not segments:
        return jsonify(error="no segments"), 400
    return jsonify(subject=spec["subject"], segments=len(segme