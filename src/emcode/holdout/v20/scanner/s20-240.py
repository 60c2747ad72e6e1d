import secrets

from flask import Flask, make_response

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    token = secrets.token_hex(32)
    SESSIONS[token] = "user-1"
    resp = make_response("ok")
    resp.set_cookie("session_token", token, httponly=False, secure=False)
    return resp
