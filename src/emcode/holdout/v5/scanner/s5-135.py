import json
from flask import Flask, request

app = Flask(__name__)

@app.route("/restore", methods=["POST"])
def restore():
    try:
        state = json.loads(request.data)
    except ValueError:
        return {"error": "invalid json"}, 400
    if not isinstance(state, dict):
        return {"error": "expected object"}, 400
    return {"keys": list(state.keys())}
