from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/tags")
def tags():
    items = request.args.getlist("tag")
    rows = Markup("").join(Markup("<li>{}</li>").format(t) for t in items)
    return Markup("<ul>{}</ul>").format(rows) if items else escape("no tags")
