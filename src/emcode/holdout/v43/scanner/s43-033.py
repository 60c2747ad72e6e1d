from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


@app.get("/badge")
def badge():
    tpl = env.get_template("badge.html")
    return tpl.render(member=request.args.get("member", ""), level=request.args.get("level", "bronze"))
