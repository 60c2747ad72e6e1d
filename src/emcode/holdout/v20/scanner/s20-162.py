from flask import Flask, request
from jinja2 import Environment, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
CARD = env.from_string("<div class='card'><h2>{{ name }}</h2><p>{{ role }}</p></div>")


@app.route("/card")
def card():
    name = request.args.get("name", "")
    role = request.args.get("role", "member")
    return CARD.render(name=name, role=role)
