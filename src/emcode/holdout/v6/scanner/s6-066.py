import random
import string
from flask import Flask, request

app = Flask(__name__)
TOKENS = {}

@app.post("/reset")
def reset():
    email = request.form["email"]
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    TOKENS[token] = email
    return {"sent": True}
