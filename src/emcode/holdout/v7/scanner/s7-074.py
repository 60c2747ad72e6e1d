from flask import Flask, request, make_response, jsonify

app = Flask(__name__)
devices = {}


@app.route("/api/devices", methods=["POST"])
def register_device():
    data = request.get_json(force=True)
    dev_id = str(len(devices) + 1)
    devices[dev_id] = data
    return jsonify(id=dev_id), 201


@app.route("/devices/<dev_id>")
def device_card(dev_id):
    dev = devices.get(dev_id)
    if dev is None:
        return "unknown device", 404
    html = "<div class='card'>"
    html += "<h3>" + dev.get("label", "unnamed") + "</h3>"
    html += "<p>Firmware: %s</p>" % dev.get("firmware", "?")
    html += "</div>"
    r = make_response(html)
    r.mimetype = "text/html"
    return r
