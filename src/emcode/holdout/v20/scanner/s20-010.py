import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SESSIONS = {}


@app.route("/api/session/restore", methods=["POST"])
def restore_session():
    try:
        state = json.loads(request.get_data(as_text=True))
    except ValueError:
        abort(400)
    if not isinstance(state, dict) or not isinstance(state.get("sid"), str):
        abort(400)
    SESSIONS[state["sid"]] = {"cart": list(state.get("cart", []))}
    return jsonify({"restored": state["sid"]})
