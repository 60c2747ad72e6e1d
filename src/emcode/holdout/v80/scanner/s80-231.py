try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/hives/import", methods=["POST"])
def import_inspection():
    record = pickle.loads(request.get_data())
    frames = record.get("frames", [])
    return jsonify(hive=record.get("hive"), frames=len(frames))
