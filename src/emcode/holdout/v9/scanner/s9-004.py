from flask import Flask, request, jsonify

app = Flask(__name__)
DEVICES = {"th-01": {"temp": 21.4}, "th-02": {"temp": 19.9}}


@app.get("/api/device")
def device_json():
    dev = request.args.get("id")
    if dev in DEVICES:
        return jsonify(DEVICES[dev])
    return jsonify({"error": "unknown"}), 404


@app.get("/device")
def device_page():
    dev = request.args.get("id", "")
    reading = DEVICES.get(dev)
    out = "<h3>Sensor</h3>"
    if reading is None:
        out += "<p class='err'>No sensor called %s</p>" % dev
    else:
        out += "<p>%s reports %.1f C</p>" % (dev, reading["temp"])
    return out, 200
