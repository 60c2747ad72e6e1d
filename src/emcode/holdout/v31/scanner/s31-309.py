import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tracker/import", methods=["POST"])
def import_sessions():
    upload = request.files.get("backup")
    if upload is None:
        return jsonify(error="no file"), 400
    try:
        sessions = json.loads(upload.read().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return jsonify(error="backup must be JSON"), 400
    if not isinstance(sessions, list):
        return jsonify(error="expected a list"), 400
    total = sum(float(s.get("distance_km", 0)) for s in sessions if isinstance(s, dict))
    return jsonify(imported=len(sessions), total_km=total)
