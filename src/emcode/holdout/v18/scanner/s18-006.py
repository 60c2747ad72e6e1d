from flask import Flask, jsonify

app = Flask(__name__)
READINGS = {"greenhouse-1": 21.4, "garage": 9.8}


@app.route("/iot/<device>/temp")
def temperature(device):
    value = READINGS.get(device)
    if value is None:
        return jsonify(error="unknown device", device=device), 404
    return jsonify(device=device, celsius=round(value, 1))
