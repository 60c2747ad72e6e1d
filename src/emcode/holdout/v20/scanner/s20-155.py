import random
import string

from flask import Flask, jsonify

app = Flask(__name__)
TOKENS = set()


@app.route("/api/token", methods=["POST"])
def new_token():
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    TOKENS.add(token)
    return jsonify({"token": token})
