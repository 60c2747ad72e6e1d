from flask import Flask, abort, request

app = Flask(__name__)

KNOWN_SPECIES = {"all", "lynx", "wolf", "otter", "red-kite"}


@app.get("/sightings")
def sightings():
    species = request.args.get("species", "all")
    if species not in KNOWN_SPECIES:
        abort(400)
    out = "<h1>Sightings: %s</h1><ul><li>none recorded</li></ul>" % species
    return out, 200
