from flask import Flask, request

app = Flask(__name__)


@app.route("/workouts/tags")
def show_tags():
    tags = request.args.getlist("tag")
    items = ["<li>" + t + "</li>" for t in tags]
    markup = "<ul class='tags'>" + "".join(items) + "</ul>"
    return markup
