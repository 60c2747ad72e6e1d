import hashlib
import secrets
import time
from flask import Flask, request, jsonify

app = Flask(__name__)
RESET_TOKENS = {}


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[hashlib.sha256(token.encode()).hexdigest()] = (email, time.time() + 3600)
    send_mail(email, f"https://app.example/reset?token={token}")
    return jsonify(sent=True)


def send_mail(to: str, link: str) -> None:
    pass
