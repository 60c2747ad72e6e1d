import random

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/brackets/draw")
def draw_bracket():
    teams = request.get_json(force=True).get("teams", [])
    if len(teams) < 2:
        return jsonify(error="need at least two teams"), 400
    order = list(teams)
    random.shuffle(order)
    pairs = [order[i:i + 2] for i in range(0, len(order), 2)]
    return jsonify(pairs=pairs)
