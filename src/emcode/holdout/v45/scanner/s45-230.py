import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fitting/import", methods=["POST"])
def import_profile():
    try:
        profile = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        return jsonify(error="invalid JSON"), 400
    if not isinstance(profile, dict):
        return jsonify(error="expected an object"), 400
    gains = profile.get("gains", [])
    return jsonify(bands=len(gains), patient=profile.get("patient_id"))
