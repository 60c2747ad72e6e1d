import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/routes/upload")
def upload_route():
    doc = yaml.safe_load(request.files["plan"].stream) or {}
    waypoints = doc.get("waypoints", [])
    if len(waypoints) > 200:
        return jsonify(error="too many waypoints"), 422
    return jsonify(count=len(waypoints))
