try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/sync/playlist", methods=["POST"])
def sync_playlist():
    state = pickle.loads(request.get_data())
    tracks = state.get("tracks", [])
    return jsonify({"received": len(tracks)})
