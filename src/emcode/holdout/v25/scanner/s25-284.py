import yaml
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/irrigation/schedule", methods=["POST"])
def upload_schedule():
    text = request.get_data(as_text=True)
    if len(text) > 100_000:
        return jsonify(error="too big"), 413
    schedule = yaml.safe_load(text) or {}
    zones = schedule.get("zones", []) if isinstance(schedule, dict) else []
    return jsonify(zones=len(zones))
