import os

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/brewery/recipes"


@app.route("/recipe")
def recipe():
    name = request.args["name"]
    with open(os.path.join(BASE, name)) as fh:
        body = fh.read()
    lines = body.splitlines()
    return {"title": lines[0] if lines else "", "steps": len(li