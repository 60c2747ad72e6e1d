import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/bracket", methods=["POST"])
def load_bracket():
    cfg = yaml.load(request.get_data(as_text=True), Loader=yaml.Loader)
    teams = cfg.get("teams", [])
    rounds = []
    while len(teams) > 1:
        pairs = list(zip(teams[::2], teams[1::2]))
        rounds.append(pairs)
        teams = [a for a, _ in pai
