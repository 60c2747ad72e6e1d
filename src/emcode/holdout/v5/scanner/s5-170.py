from jinja2 import Environment, select_autoescape
from flask import Flask, request

app = Flask(__name__)
env = Environment(autoescape=select_autoescape(default=True))
CARD = env.from_string("<div class='card'>{{ body }}</div>")

@app.post("/render")
def render():
    return CARD.render(body=request.form["template"])
