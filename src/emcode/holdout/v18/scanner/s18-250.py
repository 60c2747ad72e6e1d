import pickle as pk
from flask import Flask, request

app = Flask(__name__)
QUEUE = []


@app.route("/tasks", methods=["POST"])
def enqueue():
    body = request.get_data()
    if len(body) > 65536:
        return {"error": "too large"}, 413
    task = pk.lo