from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = escape(request.args.get("name", "stranger"))
    greeting = f"<h1>Hello, {name}!</h1>"
    return greeting


@app.route("/profile/<username>")
def profile(username):
    safe = escape(username)
    return f"<h2>{sa