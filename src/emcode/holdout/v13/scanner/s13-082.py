from jinja2 import Environment, select_autoescape, DictLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=DictLoader({"bio.html": "<section>{{ bio }}</section>"}),
                  autoescape=select_autoescape(["html"]))

@app.route("/preview", methods=["POST"])
def preview():
    bio = request.form.get("bio", "")
    return env.get_template("bio.html").render(bio=bio)
