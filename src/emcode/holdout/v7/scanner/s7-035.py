from flask import Flask, make_response
from markupsafe import escape

app = Flask(__name__)
devices = {}


def esc(value) -> str:
    return str(escape(value))


@app.route("/devices/<dev_id>")
def device_card(dev_id):
    dev = devices.get(dev_id)
    if dev is None:
        return "unknown device", 404
    label = esc(dev.get("label", "unnamed"))
    firmware = esc(dev.get("firmware", "?"))
    html = "<div class='card'>"
    html += "<h3>" + label + "</h3>"
    html += "<p>Firmware: %s</p>" % firmware
    html += "</div>"
    return make_response(html)
