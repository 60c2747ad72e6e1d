import random
import string
import time
from flask import Flask, request, jsonify

app = Flask(__name__)
RESET_TOKENS = {}


def make_token(n=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(n))


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    token = make_token()
    RESET_TOKENS[token] = (email, time.time() + 3600)
    send_mail(email, f"https://app.example/reset?token={token}")
    return jsonify(sent=True)


def send_mail(to, link):
    pass
