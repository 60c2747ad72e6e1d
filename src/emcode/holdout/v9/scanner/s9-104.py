import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
TOKENS = {}


@app.post("/login")
def login():
    user = request.form["user"]
    token = secrets.token_urlsafe(32)
    TOKENS[token] = user
    resp = make_response({"ok": True})
    resp.set_cookie("auth", token, secure=False, httponly=False)
    return resp
