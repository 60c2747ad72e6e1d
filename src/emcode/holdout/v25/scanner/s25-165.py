import random
import string
import time
from flask import Flask, request, jsonify

app = Flask(__name__)
RESETS = {}


def make_token(n=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(n))


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = make_token()
    RESETS[token] = (email, time.time() + 3600)
    # mail is sent by a worker
    return jsonify(sent=True)
