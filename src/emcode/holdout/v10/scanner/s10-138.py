from flask import Flask, request

app = Flask(__name__)
DEVICES = {"th-01": 21.5, "th-02": 19.0}


@app.route("/iot/temp")
def temp():
    device = request.args.get("device", "")
    if device not in DEVICES:
        msg = "Unknown device: %s" % device
        return msg, 404
    return {"device": device, "celsius": DEVICES[device]}
