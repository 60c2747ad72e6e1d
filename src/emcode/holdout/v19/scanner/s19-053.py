from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"))


@app.route("/preview-profile", methods=["POST"])
def preview_profile():
    data = {
        "name": request.form.get("name", ""),
        "bio": request.form.get("bio", ""),
    }
    return env.get_template("profile.html").render(**data)
