import bleach
from flask import Flask, request

app = Flask(__name__)


def header():
    return "<html><head><title>Welcome</title></head><body>"


@app.route("/welcome")
def welcome():
    name = bleach.clean(request.args.get("name", "guest"), tags=[], strip=True)
    team = bleach.clean(request.args.get("team", "general"), tags=[], strip=True)
    out = header()
    out += "<h1>Hello, "
    out += name
    out += "</h1><p>You joined the " + team + " channel.</p>"
    out += "</body></html>"
    return out
