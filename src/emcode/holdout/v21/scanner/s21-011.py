import secrets
from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Strict", max_age=3600)
    return resp
