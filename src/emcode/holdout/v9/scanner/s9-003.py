from flask import Flask

app = Flask(__name__)


@app.route("/hello/<username>")
def hello(username):
    greeting = "Welcome back, " + username + "!"
    greeting += " Your dashboard is loading."
    return greeting


@app.route("/health")
def health():
    return "ok"
