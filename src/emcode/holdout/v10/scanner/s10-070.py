from flask import Flask, request, render_template

app = Flask(__name__)
DEVICES = {"th-01": 21.5, "th-02": 19.0}


@app.route("/iot/temp")
def temp():
    device = request.args.get("device", "")
    if device not in DEVICES:
        return render_template("unknown_device.html", device=device), 404
    return {"device": device, "celsius": DEVICES[device]}
