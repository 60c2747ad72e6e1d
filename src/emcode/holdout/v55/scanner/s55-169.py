import random

from flask import Flask, jsonify

app = Flask(__name__)

MAPS = ["Ancient", "Inferno", "Mirage", "Nuke", "Overpass", "Vertigo", "Anubis"]


@app.route("/scrim/random-map")
def random_map():
    return jsonify({"map": random.choice(MAPS)})
