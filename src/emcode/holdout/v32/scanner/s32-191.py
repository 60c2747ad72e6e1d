from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/scooters/state", methods=["POST"])
def push_state():
    state = request.get_json(force=True)
    battery = int(state.get("battery", 0))
    if battery < 15:
        return jsonify(action="return_to_dock", scooter=state["i