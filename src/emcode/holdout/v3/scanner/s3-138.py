from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/tags")
def tags():
    chosen = request.args.getlist("tag")
    items = []
    for t in chosen:
        items.append(f"<li class='tag'>{escape(t)}</li>")
    return "<h2>Your tags</h2><ul>" + "".join(items) + "</ul>"
