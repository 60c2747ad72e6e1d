import secrets
import time

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}
TTL = 15 * 60


@app.route("/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = (email, time.time() + TTL)
    deliver(email, f"https://example.org/reset?token={token}")
    return {"sent": True}


def deliver(to, link):
    print("mail to", to)
