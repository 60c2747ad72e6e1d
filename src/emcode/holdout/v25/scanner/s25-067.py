import json
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sensor/restore", methods=["POST"])
def restore_calibration():
    """Restore a crop sensor calibration snapshot uploaded by the field tablet."""
    try:
        snapshot = json.loads(request.data)
    except ValueError:
        return jsonify(error="snapshot must be JSON"), 400
    offsets = snapshot.get("offsets", {}) if isinstance(snapshot, dict) else {}
    return jsonify(sensors=len(offsets), version=snapshot.get("version"))
