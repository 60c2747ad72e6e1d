import secrets
from flask import Flask, request
from .mail import send_mail
from .store import save_reset_token

app = Flask(__name__)


@app.post("/forgot")
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    save_reset_token(email, token)
    send_mail(email, "Reset link: https://example.com/reset?t=" + token)
    return "If the account exists, a mail was sent."
