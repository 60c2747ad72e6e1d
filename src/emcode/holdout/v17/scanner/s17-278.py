from flask import Flask, make_response
from markupsafe import escape

app = Flask(__name__)

READINGS = {"kitchen": 21.5, "garage": 14.0}


@app.route("/iot/device/<label>")
def device_page(label):
    if label not in READINGS:
        return make_response("<p>Unknown sensor.</p>", 404)
    content = "<p>{}: {:.1f} &deg;C</p>".format(escape(label), READINGS[label])
    return make_response(content)
