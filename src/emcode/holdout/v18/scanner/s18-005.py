from flask import Flask

app = Flask(__name__)
READINGS = {"greenhouse-1": 21.4, "garage": 9.8}


@app.route("/iot/<device>/temp")
def temperature(device):
    value = READINGS.get(device)
    if value is None:
        message = "Unknown device: " + device
        return message, 404
    return f"{device}: {value:.1f} C"
