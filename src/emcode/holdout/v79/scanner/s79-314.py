import secrets
from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.route("/reset", methods=["POST"])
def reset():
    token = secrets.token_urlsafe(32)
    RESETS[token] = request.form["email"]
    return {"sent": True}
