import random
import string
from flask import Flask, request

app = Flask(__name__)
RESET = {}

def make_token(n=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(n))

@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    tok = make_token()
    RESET[tok] = email
    return {"sent": True}
