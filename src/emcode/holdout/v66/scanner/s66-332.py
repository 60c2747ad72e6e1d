import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/playlist/import", methods=["POST"])
def import_playlist():
    try:
        playlist = json.loads(request.get_data())
    except ValueError:
        return jsonify({"error": "invalid JSON"}), 400
    return jsonify({"tracks": len(playlist.get("tracks", []))})
