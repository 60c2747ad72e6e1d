import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/drones/telemetry", methods=["POST"])
def upload_telemetry():
    try:
        frame = json.loads(request.get_data(as_text=True))
    except ValueError:
        return jsonify(ok=False, error="bad json"), 400
    altitude = float(frame.get("alt", 0))
    return jsonify(ok=True, altitude=altitude)
