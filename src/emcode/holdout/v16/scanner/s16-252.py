from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
POSTS = []


@app.route("/wall", methods=["GET", "POST"])
def wall():
    if request.method == "POST":
        POSTS.append(request.form["text"])
    return env.get_template("wall.html").render(posts=POSTS)
