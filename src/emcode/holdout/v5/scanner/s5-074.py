from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)

@app.route("/card")
def card():
    title = request.args.get("title", "")
    return env.get_template("card.html").render(title=title)
