import random
import string

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.route("/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    RESET_TOKENS[token] = email
    send_mail(email, f"https://example.org/reset?token={token}")
    return {"sent": True}


def send_mail(to, body):
    print("mail to", to)
