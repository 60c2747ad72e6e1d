import random
import uuid

from flask import Flask, jsonify

app = Flask(__name__)
QUESTIONS = [
    {"q": "2 + 2", "a": "4"},
    {"q": "Capital of France", "a": "Paris"},
    {"q": "H2O is", "a": "water"},
]
QUIZZES = {}


@app.route("/quiz", methods=["POST"])
def new_quiz():
    order = QUESTIONS[:]
    random.shuffle(order)
    quiz_id = str(uuid.uuid4())
    QUIZZES[quiz_id] = order
    return jsonify(id=quiz_id, questions=[q["q"] for q in order])
