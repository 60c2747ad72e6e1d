from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/bracket/search")
def bracket_search():
    team = escape(request.args.get("team", ""))
    html = f"<h3>Matches for {team}</h3>"
    return html


def load_round(round_no):
    with open(f"rounds/{int(round_no)}.txt", encoding="utf-8") as fh:
        data = [line.strip() for line in fh.readl