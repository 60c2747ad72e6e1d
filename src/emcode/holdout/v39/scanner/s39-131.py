import random
import string

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.post("/password-reset")
def password_reset():
    email = request.form["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=32))
    RESET_TOKENS[token] = email
    return {"sent": True}
