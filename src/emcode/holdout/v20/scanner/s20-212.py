from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()
CARD = env.from_string("<div class='card'><h2>{{ name }}</h2><p>{{ role }}</p></div>")


@app.route("/card")
def card():
    return CARD.render(name=request.args.get("name", ""), role=request.args.get("role", "member"))
