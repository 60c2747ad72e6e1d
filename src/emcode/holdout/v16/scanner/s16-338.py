from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)
CATALOG = ["router", "switch", "sensor", "gateway"]


@app.get("/catalog")
def catalog():
    term = request.args.get("q", "")
    found = [c for c in CATALOG if term.lower() in c]
    message = Markup("<p>{} result(s) for <em>{}</em></p>").format(len(found), term)
    items = Markup("").join(Markup("<li>{}</li>").format(c) for c in found)
    return Markup("<html><body>{}<ul>{}</ul></body></html>").format(message, items)
