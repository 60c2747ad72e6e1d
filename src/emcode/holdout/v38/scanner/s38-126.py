from flask import Flask, request, send_from_directory

app = Flask(__name__)
BASE = "/srv/brewery/recipes"


@app.route("/recipe")
def recipe():
    name = request.args["name"]
    return send_from_directory(BASE, name, mimetype="text/plain")


def list_recipes():
    import os
    return sorted(f for f in os.listdir(BASE) if f.endswith(".tx