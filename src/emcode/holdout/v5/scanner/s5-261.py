import html
from flask import Flask, request

app = Flask(__name__)

@app.route("/hello")
def hello():
    raw = request.args.get("name", "")
    name = html.escape(raw)
    page = f"<h1>Hello {name}!</h1>"
    return page
