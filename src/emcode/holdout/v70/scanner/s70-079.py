import random
from flask import Flask, jsonify

app = Flask(__name__)
FEATURED = ["booking A", "booking B", "booking C", "booking D"]


@app.get("/featured")
def featured():
    picks = FEATURED[:]
    random.shuffle(picks)
    return jsonify(picks[:3])
