from flask import Flask, send_from_directory, abort, request

app = Flask(__name__)
PLOTS = "/srv/tides/plots"


@app.get("/plots/<path:name>")
def plot(name):
    if not name.endswith(".png"):
        abort(404)
    return send_from_directory(PLOTS, name)


@app.get("/plots")
def index():
    stations = request.args.getlist("station")
    return {"links": [f"/plots/{s}.png" for s in stati