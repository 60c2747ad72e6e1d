from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/greet")
def greet():
    player = request.args.get("player", "stranger")
    text = f"Welcome back, {player}. Your save slot has been restored."
    return Response(text, mimetype="text/plain")
