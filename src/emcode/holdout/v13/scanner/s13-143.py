from jinja2 import Environment, FileSystemLoader
from flask import Flask, request

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"))

@app.route("/guestbook", methods=["POST"])
def sign():
    entry = request.form.get("entry", "")
    return env.get_template("guestbook.html").render(entry=entry)
