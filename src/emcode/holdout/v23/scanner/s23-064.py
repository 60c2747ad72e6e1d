from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
SCORES = {"ana": 1200, "kofi": 980}


@app.route("/leaderboard/me")
def my_score():
    player = request.args.get("player", "")
    points = SCORES.get(player.lower(), 0)
    display = escape(player)
    text = "Player " + display + " has " + str(int(points)) + " points."
    return text
