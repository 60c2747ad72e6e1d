import random
import time
from flask import Flask, request, jsonify

app = Flask(__name__)
RESET_TOKENS = {}


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.json.get("email")
    random.seed(time.time())
    token = "".join(str(random.randint(0, 9)) for _ in range(8))
    RESET_TOKENS[token] = email
    return jsonify(message="check your inbox")


@app.route("/password/reset", methods=["POST"])
def reset():
    token = request.json.get("token")
    email = RESET_TOKENS.pop(token, None)
    if email is None:
        return jsonify(error="invalid token"), 400
    return jsonify(message=f"password for {email} can now be changed")
