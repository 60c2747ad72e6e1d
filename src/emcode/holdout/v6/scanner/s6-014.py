import json
from flask import Flask, request, jsonify, abort

app = Flask(__name__)

@app.route("/api/session", methods=["POST"])
def restore_session():
    try:
        state = json.loads(request.data)
    except ValueError:
        abort(400)
    if not isinstance(state, dict):
        abort(400)
    return jsonify({"restored": sorted(state)})
