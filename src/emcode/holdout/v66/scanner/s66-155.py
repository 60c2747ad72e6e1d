import secrets

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.post("/reset")
def reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = email
    send_mail(email, f"https://clinic.example.com/reset/{token}")
    return {"sent": True}


def send_mail(to, body):
    pass
