import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    raw = request.args.get("name", "stranger")
    name = html.escape(raw)
    page = "<html><body>"
    page += "<h2>Welcome back, " + name + "!</h2>"
    page += "</body></html>"
    return page
