import random
import string
import time
from flask import Flask, request, jsonify

app = Flask(__name__)
RESET_TOKENS = {}


def make_token(length=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"].strip().lower()
    token = make_token()
    RESET_TOKENS[token] = (email, time.time() + 3600)
    send_mail(email, f"https://app.example.com/reset?token={token}")
    return jsonify(sent=True)


def send_mail(to, link):
    print("mail to", to, link)
