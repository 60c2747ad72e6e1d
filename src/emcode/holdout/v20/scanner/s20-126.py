import hashlib
import secrets
import time

from flask import Flask, request, jsonify

app = Flask(__name__)
RESET_TOKENS = {}


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"].strip().lower()
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[hashlib.sha256(token.encode()).hexdigest()] = (email, time.time() + 900)
    send_mail(email, f"https://example.com/reset?token={token}")
    return jsonify({"status": "if the address exists, a mail was sent"})


def send_mail(to, link):
    print("mail queued for", to)
