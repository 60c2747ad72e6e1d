import random
import string

from flask import Flask, request

app = Flask(__name__)
RESET = {}


@app.post("/tuners/reset")
def reset():
    email = request.form["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=24))
    RESET[token] = email
    return {"sent": True}
