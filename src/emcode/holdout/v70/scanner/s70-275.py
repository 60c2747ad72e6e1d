import random
from flask import Flask, jsonify

app = Flask(__name__)
FEATURED = ["work_order A", "work_order B", "work_order C", "work_order D"]


@app.get("/featured")
def featured():
    picks = FEATURED[:]
    random.shuffle(picks)
    return jsonify(picks[:3])
