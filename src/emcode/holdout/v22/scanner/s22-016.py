import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)

SESSIONS = {}
ALLOWED = {"device_id", "battery", "last_seen"}


@app.route("/sync/state", methods=["POST"])
def sync_state():
    try:
        state = json.loads(request.get_data(as_text=True))
    except ValueError:
        abort(400)
    if not isinstance(state, dict) or not set(state) <= ALLOWED:
        abort(400)
    SESSIONS[str(state.get("device_id"))] = state
    return jsonify(ok=True)
