from flask import Flask, Response, abort

app = Flask(__name__)

LEAFLETS = {
    "beginner": "/srv/gym/leaflets/beginner.pdf",
    "youth": "/srv/gym/leaflets/youth.pdf",
    "safety": "/srv/gym/leaflets/safety.pdf",
}


@app.get("/leaflets/<name>")
def leaflet(name):
    path = LEAFLETS.get(name)
    if path is None:
        abort(404)
    with open(path, "rb") as fh:
        return Response(fh.read(), mimetype="application/pdf")
