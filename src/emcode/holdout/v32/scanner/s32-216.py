from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.get("/tags")
def tag_cloud():
    tags = request.args.getlist("tag")
    parts = ["<div class='tags'>"]
    for t in tags:
        label = escape(t)
        parts.append("<span class='tag'>" + label + "</span>")
    parts.append("</div>")
    return "".join(parts)
