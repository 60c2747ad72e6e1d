import secrets
from flask import Flask, request, make_response
from auth import verify

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    if not verify(user, request.form["password"]):
        return "no", 401
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = user
    resp = make_response("welcome")
    resp.set_cookie("sid", token)
    return resp
