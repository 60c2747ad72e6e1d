import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sync/playlist", methods=["POST"])
def sync_playlist():
    try:
        state = json.loads(request.get_data(as_text=True))
    except ValueError:
        return jsonify({"error": "invalid JSON"}), 400
    tracks = state.get("tracks", []) if isinstance(state, dict) else []
    return jsonify({"received": len(tracks)})
