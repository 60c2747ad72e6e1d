import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/transcripts/tags")
def show_tags():
    raw = request.args.get("tags", "")
    items = []
    for tag in raw.split(","):
        tag = tag.strip()
        if tag:
            items.append("<li>%s</li>" % html.escape(tag))
    return "<ul>" + "".join(items) + "</ul>"
