import base64
try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    blob = base64.b64decode(request.data)
    state = pickle.loads(blob)
    return {"keys": sorted(state)}
