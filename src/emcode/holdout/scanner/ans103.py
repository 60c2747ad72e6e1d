import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    safe_name = html.escape(name)
    page = f"<html><body><h1>Welcome back, {safe_name}!</h1></body></html>"
    return page
