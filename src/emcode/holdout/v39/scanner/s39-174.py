import secrets

from flask import Flask, request

app = Flask(__name__)
INVITES = {}


@app.post("/invites")
def create_invite():
    email = request.form["email"]
    code = secrets.token_urlsafe(16)
    INVITES[code] = email
    return {"invite_url": f"https://portal.lettings.example/join/{code}", "expi