import re

from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)

NOTES = [
    "Replaced rear derailleur cable",
    "Trued front wheel, two spokes replaced",
    "Bleed hydraulic brakes (Shimano)",
]


@app.get("/notes")
def notes():
    term = request.args.get("q", "")[:50]
    out = []
    for n in NOTES:
        shown = str(escape(n))
        if term:
            rx = re.compile(re.escape(str(escape(term))), re.I)
            shown = rx.sub(lambda m: f"<mark>{m.group(0)}</mark>", shown)
        out.append(f"<li>{shown}</li>")
    return Markup("<ul>" + "".join(out) + "</ul>")
