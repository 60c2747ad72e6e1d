from flask import Flask, request

app = Flask(__name__)
DEVICES = []

@app.route("/iot/devices", methods=["POST"])
def register():
    data = request.get_json(force=True)
    DEVICES.append({"id": len(DEVICES) + 1, "label": data.get("label", "")})
    return {"id": len(DEVICES)}

@app.route("/iot/devices/<label_filter>")
def listing(label_filter):
    rows = ""
    for dev in DEVICES:
        rows += "<tr><td>%d</td><td>%s</td></tr>" % (dev["id"], dev["label"])
    header = "<h1>Devices matching %s</h1>" % label_filter
    return header + "<table>" + rows + "</table>"
