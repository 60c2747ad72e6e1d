import secrets
from flask import Flask, request

app = Flask(__name__)
RESET = {}

@app.route("/password/forgot", methods=["POST"])
def forgot():
    tok = secrets.token_urlsafe(32)
    RESET[tok] = request.form["email"]
    return {"sent": True}
