import random
import secrets
from flask import Flask, session, jsonify
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
QUESTIONS = [f"Question {n}" for n in range(1, 41)]


@app.route("/quiz/start")
def start():
    session["quiz_id"] = secrets.token_hex(16)
    order = QUESTIONS[:]
    random.Random().shuffle(order)
    session["order"] = order[:10]
    return jsonify(quiz=session["quiz_id"], first=order[0])
