try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/progress/import", methods=["POST"])
def import_progress():
    blob = request.files["progress"].read()
    progress = pickle.loads(blob)
    return jsonify(streak=progress.get("streak", 0), words=len(progress.get("learned", [])))
