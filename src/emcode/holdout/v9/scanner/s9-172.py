import secrets
from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESETS[token] = email
    send_mail(email, "Reset link: https://example.com/reset/" + tok