from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    host = escape(request.args.get("host", "friend"))
    page = f"<h1>Welcome back, {host}!</h1><p>Your show dashbo