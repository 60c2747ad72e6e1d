from jinja2 import Template
from flask import Flask, request

app = Flask(__name__)
CARD = Template("<div class='card'><h2>{{ name }}</h2><p>{{ bio }}</p></div>")


@app.route("/card")
def card():
    return CARD.render(name=request.args.get("name", ""), bio=request.args.get("bio", ""))
