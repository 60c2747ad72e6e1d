import cPickle as pickle
from flask import Flask, request

app = Flask(__name__)
STATE = {}


@app.route("/restore", methods=["POST"])
def restore():
    obj = pickle.loads(request.data)
    STATE.update(obj)
    return {"keys": sorted(STATE.ke