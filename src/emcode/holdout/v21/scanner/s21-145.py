import random
import string
import time
from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


def new_token(n=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(n))


@app.route("/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    token = new_token()
    RESET_TOKENS[token] = (email, time.time() + 3600)
    # mail_reset_link(email, token)
    return "If the account exists, a link was sent."
