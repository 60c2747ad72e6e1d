from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=False)


@app.get("/badge")
def badge():
    tpl = env.get_template("badge.html")
    return tpl.render(member=request.args.get("member", ""), level=request.args.get("level", "bronze"))
