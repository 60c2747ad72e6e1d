from flask import Flask, request

app = Flask(__name__)


def render_comment(author, text):
    return "<div class='comment'><b>" + author + "</b><p>" + text + "</p></div>"


@app.route("/recipes/<int:recipe_id>/comment/preview", methods=["POST"])
def preview_comment(recipe_id):
    author = request.form.get("author", "anonymous")
    text = request.form.get("text", "")
    snippet = render_comment(author, text)
    return f"<h4>Preview for recipe #{recipe_id}</h4>{snippet}"
