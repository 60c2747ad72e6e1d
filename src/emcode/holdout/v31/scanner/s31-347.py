import os

from flask import Flask, request, send_file

app = Flask(__name__)
FLOORPLANS = "/srv/realestate/floorplans"


@app.get("/floorplan")
def floorplan():
    name = request.args.get("f", "")
    return send_file(os.path.join(FLOORPLANS, name))


def list_floorplans():
    return sorted(p for p in os.listdir(FLOORPLANS) if p.endswith(".p