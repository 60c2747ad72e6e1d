import html
from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = html.escape(request.args.get("name", "stranger"), quote=True)
    message = "Welcome back, " + name + "! Your dashboard is ready."
    return message
