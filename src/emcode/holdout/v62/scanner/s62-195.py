from flask import Flask

app = Flask(__name__)

STATIONS = {"north": 3, "river": 5}


@app.route("/station/<name>")
def station(name):
    count = STATIONS.get(name)
    if count is None:
        html = "<p>Unknown station %s</p>" % name
        return html, 404
    return "<p>%d engines ready</p>" % count
