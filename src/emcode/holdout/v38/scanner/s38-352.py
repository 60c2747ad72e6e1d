from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = request.args.get("name", "skier")
    return f"Welcome back, {who}! Lifts open at 8:30."
