from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/greet")
def greet():
    who = request.args.get("who", "volunteer")
    return jsonify(message=f"Welcome back, {who}. Your next shift is on the rota.")
