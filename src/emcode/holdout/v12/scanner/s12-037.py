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
    digest = hashlib.sha256(token.encode()).hexdigest()
    RESET_TOKENS[digest] = (email, time.time() + 3600)
    send_mail(email, f"https://app.example.com/reset?token={token}")
    return jsonify(sent=True)


def send_mail(to, link):
    print("mail queued for", to, "len", len(link))
