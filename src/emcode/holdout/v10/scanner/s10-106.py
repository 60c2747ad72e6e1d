import json
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/session/restore", methods=["POST"])
def restore_session():
    try:
        state = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        return jsonify(error="body must be JSON"), 400
    if not isinstance(state, dict):
        return jsonify(error="expected an object"), 400
    return jsonify({"restored_keys": sorted(state.keys())})
