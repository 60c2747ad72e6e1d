import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore_session():
    state = json.loads(request.data)
    if not isinstance(state, dict):
        return {"error": "expected an object"}, 400
    return {"restored_keys": sorted(state.keys())}
