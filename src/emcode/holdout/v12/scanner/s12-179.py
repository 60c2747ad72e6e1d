from flask import Flask, request, jsonify

app = Flask(__name__)
DEVICES = {"thermo-1": "online", "door-3": "offline"}


@app.get("/iot/status")
def status():
    device = request.args.get("device", "")
    state = DEVICES.get(device)
    if state is None:
        return jsonify(error="unknown device", device=device), 404
    return jsonify(device=device, state=state)
