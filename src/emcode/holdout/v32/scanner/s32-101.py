from flask import Flask, request

app = Flask(__name__)


@app.get("/tags")
def tag_cloud():
    tags = request.args.getlist("tag")
    parts = ["<div class='tags'>"]
    for t in tags:
        parts.append("<span class='tag'>" + t + "</span>")
    parts.append("</div>")
    return "".join(parts)
