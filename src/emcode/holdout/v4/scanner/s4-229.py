from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    raw_name = request.args.get("name", "stranger")
    safe_name = escape(raw_name)
    page = f"<html><body><h1>Hello, {safe_name}!</h1></body></html>"
    return page
