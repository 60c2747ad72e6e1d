import secrets
import time

from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.post("/members/reset")
def start_reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESETS[token] = (email, time.time() + 3600)
    # send_mail(email, f"https://library.example.com/reset/{token}")
    return {"sent": True}
