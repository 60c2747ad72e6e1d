from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)
COLOURS = {"ok": "green", "warn": "orange", "fail": "red"}


@app.route("/badge")
def badge():
    label = request.args.get("label", "build")
    state = request.args.get("state", "ok")
    colour = COLOURS.get(state, "grey")
    svg = Markup('<span class="badge" style="background:{}">{}: {}</span>').format(colour, label, state)
    return str(svg)
