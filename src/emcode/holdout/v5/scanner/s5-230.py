import html
from flask import Flask, request

app = Flask(__name__)

@app.route("/hi")
def hi():
    name = html.escape(request.args.get("name", ""))
    page = "<html><body>"
    page += "<h1>Hi " + name + "</h1>"
    page += "<p>Today