from flask import Flask, request
from jinja2 import Environment, DictLoader

app = Flask(__name__)

env = Environment(
    loader=DictLoader({"card.html": "<div class='card'><h3>{{ title }}</h3><p>{{ blurb }}</p></div>"}),
    autoescape=False,
)


@app.route("/preview-card", methods=["POST"])
def preview_card():
    tpl = env.get_template("card.html")
    return tpl.render(title=request.form.get("title", ""), blurb=request.form.get("blurb", ""))
