from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    greeting = f"<h1>Hello {name}!</h1><p>Welcome back to the dashboard.</p>"
    return greeting


@app.route("/bye")
def bye():
    name = request.args.get("name", "stranger")
    return f"<h1>Goodbye