import html
from flask import Flask, request

app = Flask(__name__)

@app.route("/hello")
def hello():
    who = html.escape(request.args.get("who", "world"))
    return f"<p>Hello {who}</p>"

@app.route("/about")
def about():
    return """<html><body><h1>About us</h1><p>We build