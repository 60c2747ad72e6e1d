from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/traps/tags")
def list_tags():
    tags = request.args.getlist("tag")
    items = [Markup("<li>{}</li>").format(t) for t in tags]
    listing = Markup("").join(items)
    return Markup("<ul class='tags'>") + listing + Markup("</ul>")
