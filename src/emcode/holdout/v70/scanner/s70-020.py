try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tracks/import", methods=["POST"])
def import_tracks():
    records = pickle.loads(request.get_data())
    return jsonify(impo