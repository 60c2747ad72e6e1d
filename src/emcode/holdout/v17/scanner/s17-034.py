try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)
MODELS = {}


@app.route("/models/<name>", methods=["PUT"])
def upload_model(name):
    blob = request.get_data()
    model = pickle.loads(blob)
    MODELS[na