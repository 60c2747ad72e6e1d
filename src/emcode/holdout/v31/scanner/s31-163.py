try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tracker/import", methods=["POST"])
def import_sessions():
    upload = request.files.get("backup")
    if upload is None:
        return jsonify(error="no file"), 400
    sessions = pickle.loads(upload.read())
    total = sum(s.get("distance_km", 0) for s in sessions)
    return jsonify(imported=len(sessions), total_km=total)
