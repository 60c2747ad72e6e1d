import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = html.escape(request.args.get("name", "there"))
    page = f"<html><body><h1>Hello {name}</h1></body></html>"
    return page


@app.route("/bye")
def bye():
    return "<p>See you soon