import secrets
from flask import Flask, request

app = Flask(__name__)
TOKENS = {}

@app.post("/reset")
def reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    TOKENS[token] = email
    return {"sent": True}
