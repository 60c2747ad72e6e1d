import pickle as pk
from flask import Flask, request

app = Flask(__name__)


@app.post("/sync")
def sync():
    state = pk.loads(request.data)
    saved = []
    for rider, pos in state.items():
        saved.append(update_posi