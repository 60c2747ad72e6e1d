from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/workouts/tags")
def show_tags():
    tags = request.args.getlist("tag")
    items = ["<li>{}</li>".format(escape(t)) for t in tags]
    markup = "<ul class='tags'>" + "".join(items) + "</ul>"
    return markup
