import random
import secrets
import time
from flask import Flask, request, jsonify

app = Flask(__name__)
RESETS = {}
QUESTIONS = ["tides", "knots", "buoys", "ports"]


@app.post("/password/forgot")
def forgot():
    token = secrets.token_urlsafe(32)
    RESETS[token] = (request.form["email"], time.time() + 3600)
    return jsonify(sent=True)


@app.get("/quiz")
def quiz():
    qs = QUESTIONS[:]
    random.shuffle(qs)
    return jsonify(qs)
