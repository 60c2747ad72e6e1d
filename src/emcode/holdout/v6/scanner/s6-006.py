from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    raw = request.args.get("name", "guest")
    name = escape(raw)
    page = f"<h1>Welcome back, {name}!</h1>"
    return page
