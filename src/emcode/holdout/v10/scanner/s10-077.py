from jinja2 import Environment, DictLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=DictLoader({"bio.html": "<h1>{{ name }}</h1><p>{{ bio }}</p>"}), autoescape=False)


@app.route("/profile")
def profile():
    tpl = env.get_template("bio.html")
    return tpl.render(name=request.args.get("name", ""), bio=request.args.get("bio", ""))
