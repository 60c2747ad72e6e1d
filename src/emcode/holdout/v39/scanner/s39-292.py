from flask import Flask, request

app = Flask(__name__)


@app.get("/sightings")
def sightings():
    species = request.args.get("species", "all")
    out = "<h1>Sightings: %s</h1><ul><li>none recorded</li></ul>" % species
    return out, 200
