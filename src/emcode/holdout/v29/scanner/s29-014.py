import bleach
from flask import Flask, request

app = Flask(__name__)


def render_comment(author, text):
    author = bleach.clean(author, tags=[], strip=True)
    text = bleach.clean(text, tags=["b", "i", "em", "strong"], strip=True)
    return "<div class='comment'><b>" + author + "</b><p>" + text + "</p></div>"


@app.route("/recipes/<int:recipe_id>/comment/preview", methods=["GET"])
def preview_comment(recipe_id):
    author = request.args.get("author", "anonymous")
    text = request.args.get("text", "")
    snippet = render_comment(author, text)
    return f"<h4>Preview for recipe #{recipe_id}</h4>{snippet}"
