import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)


@app.route("/hub/sync", methods=["POST"])
def sync_state():
    try:
        state = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        abort(400)
    devices = state.get("devices", []) if isinstance(state, dict) else []
    return jsonify(received=len(devices))
