import yaml
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/bracket", methods=["POST"])
def load_bracket():
    cfg = yaml.safe_load(request.get_data(as_text=True))
    if not isinstance(cfg, dict):
        abort(400)
    teams = [str(t) for t in cfg.get("teams", [])][:64]
    rounds = []
    while len(teams) > 1:
        pairs = list(zip(teams[::2], teams[1::2]))
        rounds.append(pai
