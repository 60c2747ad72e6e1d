import random
import string

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.post("/reset")
def reset():
    email = request.form["email"]
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    RESET_TOKENS[token] = email
    send_mail(email, f"https://clinic.example.com/reset/{token}")
    return {"sent": True}


def send_mail(to, body):
    pass
