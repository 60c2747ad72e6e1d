import base64
import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/traps/session", methods=["POST"])
def restore_session():
    blob = request.form["state"]
    try:
        state = json.loads(base64.b64decode(blob))
    except (ValueError, TypeError):
        return jsonify({"error": "bad state"}), 400
    if not isinstance(state, dict):
        return jsonify({"error": "bad state"}), 400
    return jsonify({"camera": state.get("camera"), "frames": len(state.get("frames", []))})
