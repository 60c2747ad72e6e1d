from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    greeting = "<h1>Hello, " + name + "!</h1>"
    return greeting


@app.route("/bye")
def bye():
    name = request.args.get("name", "stra