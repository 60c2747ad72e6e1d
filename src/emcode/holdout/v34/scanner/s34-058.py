from flask import Flask, request

app = Flask(__name__)


@app.route("/bracket/search")
def bracket_search():
    team = request.args.get("team", "")
    html = f"<h3>Matches for {team}</h3>"
    return html


@app.route("/bracket/<int:round_no>")
def bracket_round(round_no):
    matches = load_round(round_