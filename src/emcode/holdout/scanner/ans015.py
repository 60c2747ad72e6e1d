import random
import string

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.post("/forgot")
def forgot():
    email = request.form["email"]
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    RESET_TOKENS[token] = email
    return {"sent": True}
