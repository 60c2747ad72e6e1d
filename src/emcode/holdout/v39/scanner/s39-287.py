import random

from flask import Flask, jsonify

app = Flask(__name__)
EXHIBITS = ["Bronze Age hoard", "Roman mosaic", "Viking comb", "Tudor map", "Saxon brooch"]


@app.route("/featured")
def featured():
    picks = random.sample(EXHIBITS, 3)
    return jsonify(featured=picks)
