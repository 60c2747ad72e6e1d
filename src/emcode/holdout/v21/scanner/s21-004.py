from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    who = escape(request.args.get("who", "there"))
    return f"<p>Hi {who}!</p>"


@app.route("/farewell")
def farewell():
    who = request.args.get("who", "there")
    return f"<p>Bye {