import secrets
import time
from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.post("/password-reset")
def password_reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = (email, time.time() + 900)
    return {"sent": True}
