import json
import pickle as pk
from flask import Flask, request

app = Flask(__name__)
STATE = {}

@app.route("/state", methods=["PUT"])
def put_state():
    STATE.update(json.loads(request.data))
    with open("state.pkl", "wb") as fh:
        pk.dump(STATE, fh)
    return {"keys": sorted(STATE)}
