import secrets
import time

from flask import Flask, request

app = Flask(__name__)
RESET = {}


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET[token] = (email, time.time() + 3600)
    send_mail(email, f"https://registrar.example.edu/reset?t={token}")
    return {"sent": True}


def send_mail(to, link):
    print("mail queued")
