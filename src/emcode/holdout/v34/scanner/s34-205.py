from flask import Flask, request

app = Flask(__name__)


@app.route("/teams/welcome")
def welcome_team():
    team = request.args.get("team", "Unnamed")
    markup = "<p>Welcome to the bracket, <b>%s</b>!</p>" % team
    return markup
