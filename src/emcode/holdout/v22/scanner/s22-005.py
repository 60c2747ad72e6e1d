from flask import Flask, request

app = Flask(__name__)


def render_preview(author, text):
    parts = ["<article>", "<h3>", author, "</h3>", "<p>", text, "</p>", "</article>"]
    return "".join(parts)


@app.route("/gallery/<int:photo_id>/preview", methods=["POST"])
def preview_comment(photo_id):
    author = request.form["author"]
    text = request.form["text"]
    markup = render_preview(author, text)
    return markup
