import re

from flask import Flask, abort, request

app = Flask(__name__)
TEAM_RE = re.compile(r"[A-Za-z0-9 _-]{1,32}")


@app.route("/teams/welcome")
def welcome_team():
    team = request.args.get("team", "Unnamed")
    if not TEAM_RE.fullmatch(team):
        abort(400)
    markup = "<p>Welcome to the bracket, <b>%s</b>!</p>" % team
    return markup
