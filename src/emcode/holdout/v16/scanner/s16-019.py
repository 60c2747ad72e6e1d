from jinja2 import Environment, FileSystemLoader, select_autoescape
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
POSTS: list[str] = []


@app.route("/wall", methods=["GET"])
def wall():
    return env.get_template("wall.html").render(posts=POSTS)


@app.route("/wall/post", methods=["POST"])
def post():
    POSTS.append(request.form["text"][:280])
    return wall()
