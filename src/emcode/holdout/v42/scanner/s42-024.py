from flask import Flask, render_template_string

app = Flask(__name__)

TEMPLATE = "<div class='team'><h1>{{ name }}</h1><p>Seed: {{ seed }}</p></div>"
SEEDS = {"nightowls": 1, "redline": 2}


@app.route("/teams/<team>")
def team_card(team):
    return render_template_string(TEMPLATE, name=team, seed=SEEDS.get(team.lower(), "unseeded"))
