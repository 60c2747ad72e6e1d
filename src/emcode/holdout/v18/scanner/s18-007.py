from flask import Flask, request

app = Flask(__name__)


def header():
    return "<html><head><title>Welcome</title></head><body>"


@app.route("/welcome")
def welcome():
    name = request.args.get("name", "guest")
    team = request.args.get("team", "general")
    out = header()
    out += "<h1>Hello, "
    out += name
    out += "</h1><p>You joined the " + team + " channel.</p>"
    out += "</body></html>"
    return out
