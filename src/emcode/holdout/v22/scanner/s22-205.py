import random
import string

from flask import Flask, request

from .mail import send_reset

app = Flask(__name__)
TOKENS = {}


@app.post("/password/reset")
def reset():
    email = request.form["email"]
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    TOKENS[token] = email
    send_reset(email, token)
    return "sent"
