try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/colonies/import", methods=["POST"])
def import_colonies():
    upload = request.files["snapshot"]
    colonies = pickle.loads(upload.read())
    return jsonify(count=len(colonies))
