from flask import Flask, send_from_directory

app = Flask(__name__)
STATIC_MAPS = "/srv/hotel/floorplans"


@app.get("/floorplans/<name>")
def floorplan(name):
    return send_from_directory(STATIC_MAPS, name)


@app.get("/floorplans")
def floorplan_index(page: int = 1, per_pag