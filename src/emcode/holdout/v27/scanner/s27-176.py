from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)
CARD = Template("<div class='card'><h3>{{ name }}</h3><p>Seed #{{ n }}</p></div>")


@app.route("/card")
def card():
    return CARD.render(name=request.args.get("name", ""), n=int(request.args.get("n", 1)))
