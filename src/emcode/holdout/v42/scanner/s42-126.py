import re

from flask import Flask, jsonify, request

app = Flask(__name__)
PLAYERS = ["xNova", "Redline_Ace", "pine.tree", "Vortex99"]


@app.get("/players/search")
def search_players():
    term = request.args.get("q", "")[:32]
    rx = re.compile(re.escape(term), re.IGNORECASE)
    return jsonify([p for p in PLAYERS if rx.search(p)])
