try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)
ROBOT_STATE = {}


@app.route("/robots/<robot_id>/state", methods=["PUT"])
def upload_state(robot_id):
    state = pickle.loads(request.get_data())
    if not isinstance(state, dict):
        return jsonify(error="state must be a mapping"), 400
    ROBOT_STATE[robot_id] = state
    return jsonify(ok=True, keys=sorted(state))


@app.route("/robots/<robot_id>/state")
def get_state(robot_id):
    return jsonify(ROBOT_STATE.get(robot_id, {}))
