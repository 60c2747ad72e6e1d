import html
from flask import Flask, request

app = Flask(__name__)

SESSIONS = [
    {"title": "Async Python in production", "room": "A"},
    {"title": "Type hints at scale", "room": "B"},
]


@app.route("/schedule")
def schedule():
    track = html.escape(request.args.get("track", "all"))
    out = "<h2>Conference schedule</h2>"
    out += "<p>Filter: " + track + "</p>"
    out += "<ul>"
    for s in SESSIONS:
        out += "<li>%s (room %s)</li>" % (html.escape(s["title"]), html.escape(s["room"]))
    out += "</ul>"
    return out
