from flask import Flask, request, jsonify

app = Flask(__name__)
DEVICES = {"thermo-1": {"temp": 21.5}, "thermo-2": {"temp": 19.0}}


@app.get("/api/device")
def device_reading():
    device_id = request.args.get("id", "")
    if device_id not in DEVICES:
        message = "Unknown device: " + device_id
        return message, 404
    return jsonify(DEVICES[device_id])
