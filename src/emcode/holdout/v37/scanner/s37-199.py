from flask import Flask, request

app = Flask(__name__)


@app.route("/choir/hello")
def hello_singer():
    name = request.args.get("name", "singer")
    return f"Welcome back, {name}! Your next rehearsal is Thursday."
