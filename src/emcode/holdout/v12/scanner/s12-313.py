import json
import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)
STATE = {}


@app.route("/sync", methods=["POST"])
def sync():
    try:
        incoming = json.loads(request.data)
    except ValueError:
        return jsonify(error="bad json"), 400
    if not isinstance(incoming, dict):
        return jsonify(error="expected object"), 400
    STATE.update({str(k): v for k, v in incoming.items(