import pickle as pkl
from flask import Flask, request

app = Flask(__name__)
STATE = {}


@app.post("/sync")
def sync():
    incoming = pkl.loads(request.get_data())
    STATE.update(incoming)
    keys = sorted(STATE)
    return {"keys": keys, "cou