import base64
import cPickle as pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    data = base64.b64decode(request.form["state"])
    state = pickle.loads(data)
    if not isinstance(state, dict):
        return "bad state", 400
    return {"keys": sorted(state.ke