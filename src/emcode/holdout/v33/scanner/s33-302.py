import secrets

from flask import Flask, request

app = Flask(__name__)
TOKENS = {}


@app.post("/guests")
def add_guest():
    name = request.form["name"]
    token = secrets.token_urlsafe(16)
    TOKENS[token] = name
    return {"rsvp_link": f"https://rsvp.example.com/r/{token}"}
