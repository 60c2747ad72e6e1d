from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/catalogue/authors")
def authors_filter():
    names = request.args.getlist("author")
    parts = ["<div class='filters'>", "<span>Filtering by:</span>"]
    for name in names:
        parts.append("<span class='chip'>" + escape(name) + "</span>")
    parts.append("</div>")
    return "\n".join(parts)
