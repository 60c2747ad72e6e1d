from flask import Flask, make_response

app = Flask(__name__)

READINGS = {"kitchen": 21.5, "garage": 14.0}


@app.route("/iot/device/<label>")
def device_page(label):
    temp = READINGS.get(label)
    if temp is None:
        content = "<p>No sensor called %s is registered.</p>" % label
        return make_response(content, 404)
    content = "<p>%s: %.1f &deg;C</p>" % (label, temp)
    return make_response(content)
