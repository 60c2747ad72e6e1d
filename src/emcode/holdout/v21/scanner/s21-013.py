import secrets
import time
from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.route("/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = (email, time.time() + 3600)
    return "If the account exists, a link was sent."
