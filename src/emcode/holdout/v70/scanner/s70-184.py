import pickle as pk
from flask import Flask, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    upload = request.files["snapshot"]
    state = pk.load(upload.stream)
    return {"tracks": len(state.get("tracks", []))}
