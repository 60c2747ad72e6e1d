import secrets

from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    user = request.form["user"]
    token = secrets.token_hex(16)
    SESSIONS[token] = user
    resp = make_response("ok")
    resp.set_cookie("session_token", token)
    return resp
