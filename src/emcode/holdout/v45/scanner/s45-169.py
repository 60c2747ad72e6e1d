from html import escape

from flask import Flask

from .db import leaderboard

app = Flask(__name__)


@app.route("/leaderboard")
def board():
    rows = []
    for rank, (team, seconds) in enumerate(leaderboard(limit=20), 1):
        m, s = divmod(int(seconds), 60)
        team_html = escape(team)
        rows.append(f"<tr><td>{rank}</td><td>{team_html}</td><td>{m}:{s:02d}</td></tr>")
    page = "<table class='board'><tr><th>#</th><th>Team</th><th>Time</th></tr>" + "".join(rows) + "</table>"
    return page
