import secrets

from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.post("/password-reset")
def password_reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(20)
    RESETS[token] = email
    send_reset_mail(email, token)
    return {"sent": True}


def send_reset_mail(address, tok