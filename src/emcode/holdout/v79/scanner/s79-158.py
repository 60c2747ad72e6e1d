import random
import string
from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.route("/reset", methods=["POST"])
def reset():
    email = request.form["email"]
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    RESETS[token] = email
    return {"sent": True}
