from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)
COLOURS = {"ok": "green", "warn": "orange", "fail": "red"}


@app.route("/badge")
def badge():
    label = request.args.get("label", "build")
    state = request.args.get("state", "ok")
    colour = COLOURS.get(state, "grey")
    svg = Markup(f'<span class="badge" style="background:{colour}">{label}: {state}</span>')
    return str(svg)
