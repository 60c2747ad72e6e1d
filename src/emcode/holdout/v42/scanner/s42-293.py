from flask import Flask, jsonify, request

app = Flask(__name__)

BRACKET = {"quarterfinal": ["nightowls", "redline", "vortex", "pine"]}


@app.get("/api/bracket")
def bracket():
    stage = request.args.get("stage", "quarterfinal")
    teams = BRACKET.get(stage)
    if teams is None:
        return jsonify(error="unknown stage", stage=stage), 404
    return jsonify(stage=stage, teams=teams)
