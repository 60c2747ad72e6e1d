import random
import string

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS: dict[str, str] = {}


@app.post("/forgot")
def forgot():
    email = request.form["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=24))
    RESET_TOKENS[token] = email
    return {"sent": True}
