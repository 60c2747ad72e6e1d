import random
import string

from flask import Flask, request

app = Flask(__name__)
TOKENS = {}


def send_email(to, body):
    print("mail to", to, body)


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=24))
    TOKENS[token] = email
    send_email(email, f"https://example.com/reset?token={token}")
    return "If the account exists, a link was sent."
