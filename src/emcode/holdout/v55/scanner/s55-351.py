import random
import string

from flask import Flask, request, jsonify

app = Flask(__name__)
RESETS = {}


@app.route("/password-reset", methods=["POST"])
def start_reset():
    email = request.form["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=32))
    RESETS[token] = email
    # mail the token (omitted)
    return jsonify({"sent": True})
