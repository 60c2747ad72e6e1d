from flask import Flask, request

app = Flask(__name__)


@app.route("/build/tags")
def show_tags():
    tags = request.args.getlist("tag")
    parts = ["<ul class='tags'>"]
    for t in tags:
        parts.append("<li>" + t + "</li>")
    parts.append("</ul>")
    return "\n".join(parts)
