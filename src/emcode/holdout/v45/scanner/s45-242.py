try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/fitting/import", methods=["POST"])
def import_profile():
    profile = pickle.loads(request.get_data())
    gains = profile.get("gains", [])
    return jsonify(bands=len(gains), patient=profile.get("patient_id"))
