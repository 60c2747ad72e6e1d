try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/playlist/import", methods=["POST"])
def import_playlist():
    playlist = pickle.loads(request.get_data())
    return jsonify({"tracks": len(playlist.get("tracks", []))})
