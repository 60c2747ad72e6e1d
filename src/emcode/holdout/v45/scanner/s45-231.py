from flask import Flask, make_response, request
from markupsafe import escape

from .store import upcoming_for_room

app = Flask(__name__)

ROW = "<li>{start} &mdash; {team}</li>"


@app.route("/rooms/<slug>/schedule")
def schedule(slug):
    items = [ROW.format(start=b.start.strftime("%H:%M"), team=escape(b.team)) for b in upcoming_for_room(slug)]
    body = "<ul>{}</ul>".format("".join(items))
    return make_response(body)
