from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


def render_tags(tags):
    cleaned = [escape(t) for t in tags]
    return "".join(f"<span class='tag'>{t}</span>" for t in cleaned)


@app.route("/recipes/tagged")
def tagged():
    tags = request.args.getlist("tag")
    markup = render_tags(tags)
    return "<div class='tags'>" + markup + "</div>"
