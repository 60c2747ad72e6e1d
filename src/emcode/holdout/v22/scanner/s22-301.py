import os
import secrets

from flask import Flask, make_response, request
from werkzeug.security import check_password_hash

from .users import find_user

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    user = find_user(request.form.get("user", ""))
    if user is None or not check_password_hash(user.pw_hash, request.form.get("password", "")):
        return "denied", 401
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = user.id
    resp = make_response("ok")
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax",
                    max_age=int(os.environ.get("SESSION_SECONDS", "3600")))
    return resp
