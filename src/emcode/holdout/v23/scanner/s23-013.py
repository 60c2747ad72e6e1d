import json
from flask import Flask, request, jsonify

app = Flask(__name__)
ROBOT_STATE = {}
ALLOWED_KEYS = {"x", "y", "battery", "carrying"}


@app.route("/robots/<robot_id>/state", methods=["PUT"])
def upload_state(robot_id):
    try:
        state = json.loads(request.get_data(as_text=True))
    except ValueError:
        return jsonify(error="body must be JSON"), 400
    if not isinstance(state, dict) or not set(state) <= ALLOWED_KEYS:
        return jsonify(error="unexpected fields"), 400
    ROBOT_STATE[robot_id] = state
    return jsonify(ok=True, keys=sorted(state))
