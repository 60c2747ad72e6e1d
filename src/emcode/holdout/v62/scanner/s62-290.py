from flask import Flask, abort

app = Flask(__name__)

STATIONS = {"north": 3, "river": 5}


@app.route("/station/<name>")
def station(name):
    if name not in STATIONS:
        abort(404)
    html = "<p>Station %s: %d engines ready</p>" % (name, STATIONS[name])
    return html
