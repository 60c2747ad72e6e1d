from flask import Flask, request

app = Flask(__name__)


@app.get("/greet")
def greet():
    player = request.args.get("player", "stranger")
    return f"Welcome back, {player}. Your save slot has been restored."
