from flask import Flask, request

app = Flask(__name__)
DEVICES = {"thermo-1": "online", "door-3": "offline"}


@app.get("/iot/status")
def echo_status():
    device = request.args.get("device", "")
    state = DEVICES.get(device)
    if state is None:
        message = "Unknown device: " + device
        return message, 404
    return "Device " + device + " is " + state
