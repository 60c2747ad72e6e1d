from flask import Flask, request

app = Flask(__name__)


@app.route("/tags")
def tags():
    chosen = request.args.getlist("tag")
    parts = []
    for t in chosen:
        parts.append("<li class='tag'>" + t + "</li>")
    listing = "<ul>" + "".join(parts) + "</ul>"
    return "<h2>Your tags</h2>" + listing
