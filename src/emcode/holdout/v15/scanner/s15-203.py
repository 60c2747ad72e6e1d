from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = request.args.get("who", "world")
    page = f"""<html><body><h1>Hello {who}</h1></body></html>"""
    return page


@app.route("/bye")
def bye():
    return "<p>Bye