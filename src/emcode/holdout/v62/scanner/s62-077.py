from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    who = request.args.get("who", "volunteer")
    return f"Welcome back, {who}. Your next shift is on the rota."
